import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../src/check.js';
import { formats } from '../src/formats/index.js';
import { loadLocale, onLocale } from '../src/i18n/index.js';
import { messages } from '../src/validate/messages.js';
import type { SchemaObject } from '../src/types.js';

const schema: SchemaObject = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', title: '姓名' }, mobile: { type: 'string', format: 'cn-mobile', title: '手机号码' } },
};

// In this order: the first test needs the English texts still out of the module graph.
describe('core texts in English, on demand', () => {
  it('are not in the modules a zh-CN page loads; a checker speaks zh-CN until they arrive, then English', async () => {
    assert.equal(messages.en, undefined);
    assert.equal(formats['cn-mobile']!.messages.en, undefined);
    const checker = createChecker(schema, { locale: 'en' });
    assert.deepEqual(checker.check({ mobile: '1' }).errors.map((e) => e.message), ['请填写姓名', '手机号码应为11位手机号码，您输入了1位数字']);
    await loadLocale('en');
    assert.deepEqual(checker.check({ mobile: '1' }).errors.map((e) => e.message), [
      'Enter 姓名',
      '手机号码 must be an 11-digit mobile number; you entered 1 digits',
    ]);
    assert.equal(createChecker(schema).check({}).errors[0]!.message, '请填写姓名', 'zh-CN stays the default');
  });
});

describe('loadLocale', () => {
  const counting = (fail = 0) => {
    const loader = Object.assign(
      async () => {
        loader.calls++;
        if (loader.calls <= fail) throw new Error('offline');
      },
      { calls: 0 },
    );
    return loader;
  };

  it('runs each registered loader once, however often it is asked and registered', async () => {
    const loader = counting();
    onLocale('en', loader);
    onLocale('en', loader);
    await Promise.all([loadLocale('en'), loadLocale('en')]);
    await loadLocale('en');
    assert.equal(loader.calls, 1);
  });

  it('runs a loader registered later (another drop-in) on the next call, and only that one again', async () => {
    const first = counting();
    onLocale('en', first);
    await loadLocale('en');
    const later = counting();
    onLocale('en', later);
    await loadLocale('en');
    assert.deepEqual([first.calls, later.calls], [1, 1]);
  });

  it('answers false when a download fails, still brings the others, and tries it again on the next call', async () => {
    const flaky = counting(1);
    const steady = counting();
    onLocale('en', flaky);
    onLocale('en', steady);
    let first = 0;
    let second = 0;
    assert.equal(await loadLocale('en', () => first++), false);
    assert.equal(steady.calls, 1);
    assert.equal(await loadLocale('en', () => second++), true);
    assert.equal(flaky.calls, 2);
    assert.equal(second, first + 1, 'every loader reports again, the retried one too');
  });

  it('reports each arrival at once, however long another download stalls', async () => {
    let release!: () => void;
    const stalled = () => new Promise<void>((resolve) => (release = resolve));
    const quick = counting();
    onLocale('en', stalled);
    onLocale('en', quick);
    let settled = false;
    const arrived = new Promise<void>((resolve) => void loadLocale('en', resolve).then(() => (settled = true)));
    await arrived;
    assert.equal(quick.calls, 1);
    assert.equal(settled, false, 'the stalled download is still out');
    release();
    await loadLocale('en');
  });

  it('resolves zh-CN at once, running no loader', async () => {
    const loader = counting();
    onLocale('en', loader);
    await loadLocale('zh-CN');
    assert.equal(loader.calls, 0);
  });
});
