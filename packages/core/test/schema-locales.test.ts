import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../src/check.js';
// Core's own English messages (they load on demand in a browser).
import '@fazhi/core/locales/en';
import { commonEn } from '../src/generated/common.en.js';
import { legalAidApplicationExamples } from '../src/generated/examples.js';
import { legalAidApplicationEn } from '../src/generated/legal-aid-application.en.js';
import { commonSchema, legalAidApplicationSchema } from '../src/generated/schemas.js';
import { localizeSchema } from '../src/schema/localize.js';
import { escapeToken, getAt } from '../src/schema/pointer.js';
import type { FieldError, JsonSchema, SchemaObject } from '../src/types.js';

const schemasDir = join(import.meta.dirname, '../../../schemas');
const { isTextPointer } = (await import(join(import.meta.dirname, '../../../scripts/text-pointers.mjs'))) as { isTextPointer: (pointer: string) => boolean };
const localesDir = join(schemasDir, 'locales');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const placeholders = (text: string) => (text.match(/\{[^}]*\}/g) ?? []).sort();

const TEXT_KEYWORDS = ['title', 'description', 'x-fz-help', 'x-fz-placeholder', 'x-fz-purpose', 'x-fz-receipt-note', 'x-fz-retention'];

/** Pointer → text of every string a citizen or clerk may read, over the whole document (not `examples`). */
function texts(node: JsonSchema, at = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (!node || typeof node !== 'object') return found;
  for (const key of TEXT_KEYWORDS) if (typeof node[key as 'title'] === 'string') found.set(`${at}/${key}`, node[key as 'title']!);
  for (const [code, text] of Object.entries((node['x-fz-messages'] ?? {}) as Record<string, unknown>)) {
    if (typeof text === 'string') found.set(`${at}/x-fz-messages/${escapeToken(code)}`, text);
  }
  for (const [i, step] of ((node['x-fz-steps'] ?? []) as Record<string, unknown>[]).entries()) {
    for (const key of ['title', 'description']) if (typeof step[key] === 'string') found.set(`${at}/x-fz-steps/${i}/${key}`, step[key] as string);
  }
  const merge = (sub: JsonSchema, where: string) => texts(sub, where).forEach((text, pointer) => found.set(pointer, text));
  for (const key of ['properties', '$defs', 'dependentSchemas'] as const) {
    for (const [name, sub] of Object.entries(node[key] ?? {})) merge(sub, `${at}/${key}/${escapeToken(name)}`);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) for (const [i, sub] of (node[key] ?? []).entries()) merge(sub, `${at}/${key}/${i}`);
  for (const key of ['items', 'additionalProperties', 'not', 'if', 'then', 'else'] as const) {
    if (node[key] !== undefined) merge(node[key] as JsonSchema, `${at}/${key}`);
  }
  return found;
}

const catalogueFiles = readdirSync(localesDir).flatMap((locale) =>
  readdirSync(join(localesDir, locale)).filter((f) => f.endsWith('.json')).map((file) => ({ locale, file })),
);

describe('schema translation catalogues', () => {
  it('every key is a JSON pointer to a string in its schema document', () => {
    assert.ok(catalogueFiles.length >= 2);
    for (const { locale, file } of catalogueFiles) {
      const schema = readJson(join(schemasDir, file.replace(/\.json$/, '.schema.json')));
      for (const [pointer, text] of Object.entries(readJson(join(localesDir, locale, file)) as Record<string, unknown>)) {
        assert.equal(typeof getAt(schema, pointer), 'string', `${locale}/${file}: ${pointer}`);
        assert.equal(typeof text, 'string', `${locale}/${file}: ${pointer}`);
      }
    }
  });

  it('the generated modules carry the catalogues as written', () => {
    assert.deepEqual(legalAidApplicationEn, readJson(join(localesDir, 'en/legal-aid-application.json')));
    assert.deepEqual(commonEn, readJson(join(localesDir, 'en/common.json')));
  });

  it('a drop-in loads one catalogue on its own, by package path', async () => {
    const { legalAidApplicationEn: loaded } = await import('@fazhi/core/locales/legal-aid-application.en');
    assert.equal(loaded, legalAidApplicationEn);
  });

  for (const [name, schema, en] of [
    ['legal-aid-application', legalAidApplicationSchema, legalAidApplicationEn],
    ['common', commonSchema, commonEn],
  ] as const) {
    it(`${name}: every text has an English entry, in English, keeping its {placeholders}`, () => {
      const all = texts(schema);
      assert.ok(all.size > 100, `${name}: walked only ${all.size} texts`);
      const missing = [...all.keys()].filter((pointer) => !(pointer in en));
      assert.deepEqual(missing, [], `${name}: no English for`);
      for (const [pointer, zh] of all) {
        const text = en[pointer]!;
        assert.ok(text.trim(), `${name}: ${pointer} is empty`);
        assert.doesNotMatch(text, CJK, `${name}: ${pointer}`);
        assert.deepEqual(placeholders(text), placeholders(zh), `${name}: ${pointer} placeholders`);
      }
    });
  }
});

describe('which pointers a catalogue may translate (npm run generate refuses the rest)', () => {
  it('texts, messages, step titles and column labels, under any nesting of schemas', () => {
    for (const pointer of [
      '/title',
      '/properties/facts/description',
      '/properties/examples/title',
      '/$defs/title/x-fz-help',
      '/dependentSchemas/examples/title',
      '/allOf/0/then/properties/x/oneOf/2/title',
      '/items/x-fz-messages/required',
      '/x-fz-steps/3/description',
      '/properties/a/x-fz-column/label',
    ]) {
      assert.equal(isTextPointer(pointer), true, pointer);
    }
  });

  it('never sample data, values or ids, however deep', () => {
    for (const pointer of [
      '/examples/0/title',
      '/properties/a/examples/0/title',
      '/properties/properties/examples/0/description',
      '/properties/a/default',
      '/properties/a/const',
      '/oneOf/x/title',
      '/x-fz-steps/0/id',
      '/title/extra',
      'title',
    ]) {
      assert.equal(isTextPointer(pointer), false, pointer);
    }
  });
});

describe('localizeSchema', () => {
  const schema: SchemaObject = {
    title: '申请',
    type: 'object',
    properties: {
      kind: { type: 'string', title: '类型', oneOf: [{ const: 'a', title: '甲' }, { const: 'b', title: '乙' }] },
      note: { type: 'string', pattern: '^x$', 'x-fz-messages': { pattern: '{title}不对' } },
    },
  };

  it('replaces the string at each pointer and leaves the input as it was', () => {
    const before = JSON.parse(JSON.stringify(schema));
    const out = localizeSchema(schema, {
      '/title': 'Application',
      '/properties/kind/oneOf/1/title': 'B',
      '/properties/note/x-fz-messages/pattern': '{title} is wrong',
    });
    assert.equal(out.title, 'Application');
    assert.deepEqual((out.properties!.kind as SchemaObject).oneOf, [{ const: 'a', title: '甲' }, { const: 'b', title: 'B' }]);
    assert.deepEqual((out.properties!.note as SchemaObject)['x-fz-messages'], { pattern: '{title} is wrong' });
    assert.deepEqual(schema, before);
  });

  it('skips pointers that lead nowhere or to something other than a string', () => {
    const out = localizeSchema(schema, {
      '/properties/gone/title': 'Gone',
      '/properties/kind/oneOf': 'not a list',
      '/properties/kind/oneOf/7/title': 'H',
      '/properties/note/title': 'Note',
      '/__proto__/polluted': 'yes',
    });
    assert.deepEqual(out, schema);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('the English legal-aid schema', () => {
  const en = localizeSchema(legalAidApplicationSchema, legalAidApplicationEn);
  const original = createChecker(legalAidApplicationSchema);
  const localized = createChecker(en, { shared: [localizeSchema(commonSchema, commonEn)], locale: 'en' });
  const verdict = (errors: FieldError[]) => errors.map(({ pointer, code }) => `${pointer} ${code}`).sort();

  const broken: Record<string, unknown>[] = (() => {
    const [worker, injured, elder, minor] = legalAidApplicationExamples.map((e) => JSON.parse(JSON.stringify(e)));
    delete worker.facts;
    worker.applicant.idNumber = '340524198001010011';
    injured.specialGroup = 'none';
    delete injured.economy;
    injured.filedBy = 'agent';
    elder.matter.stage = 'first-instance';
    elder.consent = false;
    delete minor.representative;
    minor.applicant.age = 12;
    minor.contact.phone = '12345';
    return [worker, injured, elder, minor];
  })();

  it('gives the same verdicts as the Chinese one on every example and on broken copies', () => {
    for (const [i, data] of [...legalAidApplicationExamples, ...broken].entries()) {
      const a = original.check(data);
      const b = localized.check(data);
      assert.deepEqual(verdict(b.errors), verdict(a.errors), `case ${i}`);
      assert.deepEqual(b.data, a.data, `case ${i}`);
      assert.equal(a.errors.length === 0, i < legalAidApplicationExamples.length, `case ${i}: examples pass, broken copies fail`);
    }
  });

  it('speaks English in its labels and messages', () => {
    assert.equal(en.title, 'Legal aid application');
    const [worker] = broken;
    const missing = localized.check(worker).errors.find((e) => e.pointer === '/facts');
    assert.ok(missing, 'facts is required');
    assert.match(missing.message, /Facts and reasons for applying/);
    assert.doesNotMatch(missing.message, CJK);
  });
});
