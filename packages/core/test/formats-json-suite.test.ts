import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formats } from '../src/formats/index.js';

/** The official JSON Schema Test Suite cases for the two standard formats we implement (copied, MIT). */
const SUITE = new URL('./fixtures/json-schema-test-suite/draft2020-12/optional/format/', import.meta.url);

interface SuiteGroup {
  description: string;
  tests: { description: string; data: unknown; valid: boolean }[];
}

for (const name of ['date', 'email'] as const) {
  describe(`JSON Schema Test Suite: ${name}`, () => {
    const groups = JSON.parse(readFileSync(new URL(`${name}.json`, SUITE), 'utf8')) as SuiteGroup[];
    const cases = groups.flatMap((g) => g.tests).filter((t) => typeof t.data === 'string');

    it('has string cases to check', () => assert.ok(cases.length > 10));

    for (const t of cases) {
      it(`${t.description}: ${JSON.stringify(t.data)}`, () => {
        assert.equal(formats[name]!.check(t.data as string) === null, t.valid);
      });
    }
  });
}

describe('email beyond the suite', () => {
  it('normalises full-width ＠ and surrounding spaces', () => {
    const email = formats['email']!;
    assert.equal(email.normalize!(' zhang.san＠example.cn '), 'zhang.san@example.cn');
  });

  it('refuses a domain without a dot, a leading hyphen, or an over-long local part', () => {
    assert.notEqual(formats['email']!.check('name@qq'), null);
    assert.notEqual(formats['email']!.check('name@-qq.com'), null);
    assert.notEqual(formats['email']!.check(`${'a'.repeat(65)}@example.com`), null);
    assert.equal(formats['email']!.check('zhang_san+form@mail.example.gov.cn'), null);
  });
});
