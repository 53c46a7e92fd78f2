import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ERRORS, type SchemaObject } from '@fazhi/core';
import fc from 'fast-check';
import { LIMITS } from '../src/config.js';
import { FORMS } from '../src/forms.js';
import { loadRegistry } from '../src/schemas.js';
import { checkJsonText, checkJsonValue } from '../src/submissions/budget.js';
import { LEGAL_AID_ID, postMultipart, problemOf, STAFF, startApp, type TestApp } from './helpers.js';

/**
 * Bodies that once froze the server (every item of a 330,000-item array validated and reported,
 * answers of 100 MB), sent to every registered form. Forms that need a credential get it from
 * `headersFor` (the reviewer's token for staff forms); the limits under test do not depend on it.
 */
const headersFor = (form: string, t: TestApp): Record<string, string> => (t.app.registry.forms.get(form)?.config.staff ? { ...STAFF } : {});

/** The top-level properties a form declares, in its base and (`base` false) only in its branches. */
function declared(schema: SchemaObject): [string, SchemaObject, boolean][] {
  const found = new Map<string, [string, SchemaObject, boolean]>();
  const visit = (node: unknown, base: boolean): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as SchemaObject;
    for (const [name, sub] of Object.entries(n.properties ?? {})) if (typeof sub === 'object' && !found.has(name)) found.set(name, [name, sub, base]);
    for (const member of n.allOf ?? []) visit(member, base);
    visit(n.then, false);
    visit(n.else, false);
  };
  visit(schema, true);
  return [...found.values()];
}

/** A JSON body written as text: building 330,000 objects in memory only to stringify them is waste. */
const body = (schema: string, key: string, dataJson: string) => `{"schema":${JSON.stringify(schema)},"idempotencyKey":"${key}","data":${dataJson}}`;
const repeat = (item: string, count: number) => `[${Array(count).fill(item).join(',')}]`;
const manyKeys = (count: number) => `{${Array.from({ length: count }, (_, i) => `"${i.toString(36)}":0`).join(',')}}`;

interface Case {
  name: string;
  data: string;
  status: number;
  /** The only error expected at or under this pointer. */
  only?: [pointer: string, code: string];
}

function casesFor(schema: SchemaObject): Case[] {
  const cases: Case[] = [
    { name: '90,000 extra keys', data: manyKeys(90_000), status: 413 },
    { name: `${LIMITS.jsonValues / 2} extra keys (within the budget)`, data: manyKeys(LIMITS.jsonValues / 2), status: 422 },
  ];
  for (const [name, node, base] of declared(schema)) {
    // A branch that does not apply drops its fields before validation: they get no error at all.
    const only = (code: string): Case['only'] => (base ? [`/${name}`, code] : undefined);
    if (node.type === 'array') {
      cases.push(
        { name: `${name} = 500,000 × 0`, data: `{"${name}":${repeat('0', 500_000)}}`, status: 413 },
        { name: `${name} = 330,000 × {}`, data: `{"${name}":${repeat('{}', 330_000)}}`, status: 413 },
      );
      if (typeof node.maxItems === 'number') {
        const count = Math.min(LIMITS.jsonValues - 10, node.maxItems * 20);
        cases.push({ name: `${name} = ${count} × {} (over maxItems, within the budget)`, data: `{"${name}":${repeat('{}', count)}}`, status: 422, only: only('maxItems') });
      }
    }
    if (node.type === 'string') {
      cases.push({ name: `${name} = a 900 KB string`, data: `{${JSON.stringify(name)}:"${'字'.repeat(300_000)}"}`, status: 413 });
    }
    if (node.type === 'string' && typeof node.maxLength === 'number') {
      const text = '字'.repeat(Math.min(LIMITS.jsonTextChars, node.maxLength * 10));
      cases.push({ name: `${name} = ${text.length} characters (over maxLength, within the budget)`, data: `{${JSON.stringify(name)}:"${text}"}`, status: 422, only: only('maxLength') });
    }
  }
  return cases;
}

describe('no request does unbounded work: freezing bodies for every registered form', () => {
  let t: TestApp;
  before(async () => (t = await startApp()));
  after(() => t.close());

  // The registry as the server builds it, so a form added to config.ts is covered here without a word.
  const forms = [...loadRegistry({ forms: FORMS }).forms.values()].map((f) => ({ name: f.name, schema: f.current }));

  test('every registered form is covered', () => {
    const names = forms.map((f) => f.name);
    for (const form of ['legal-aid-application', 'village-rule-submission', 'village-rule-review']) assert.ok(names.includes(form), form);
  });

  test('each body gets a small problem with few errors, and nothing is stored', async () => {
    let n = 0;
    for (const { name: form, schema } of forms) {
      const cases = casesFor(schema);
      assert.ok(cases.filter((c) => c.status === 413).length >= 3, `${form}: an array to overload`);
      for (const c of cases) {
        const label = `${form}: ${c.name}`;
        const key = `budget-${String(++n).padStart(4, '0')}`;
        const payload = body(schema.$id!, key, c.data);
        assert.ok(payload.length < LIMITS.jsonBodyBytes, `${label}: within the 1 MB body limit (${payload.length})`);
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/forms/${form}`,
          headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headersFor(form, t) },
          payload,
        });
        assert.equal(response.statusCode, c.status, `${label}: ${response.body.slice(0, 300)}`);
        assert.ok(response.body.length < 20_000, `${label}: answer of ${response.body.length} bytes`);
        const problem = problemOf(response);
        assert.ok((problem.errors ?? []).length <= MAX_ERRORS, `${label}: ${problem.errors?.length} errors`);
        if (c.status === 413) assert.match(problem.detail!, new RegExp(`超过 (${LIMITS.jsonValues} 项|${LIMITS.jsonTextChars} 个字)`));
        if (c.only) {
          const [pointer, code] = c.only;
          const near = problem.errors!.filter((e) => e.pointer === pointer || e.pointer.startsWith(`${pointer}/`));
          assert.deepEqual(near.map((e) => [e.pointer, e.code]), [[pointer, code]], label);
        }
      }
    }
    assert.equal((await t.rows()).length, 0);
    assert.equal((await t.fileRows()).length, 0);
  });

  test(`a 422 lists at most ${MAX_ERRORS} errors and says in its detail how many more there are`, async () => {
    const form = forms.find((f) => f.name === 'village-rule-submission')!;
    const key = 'budget-cap-0001';
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/village-rules',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      payload: body(form.schema.$id!, key, `{"articles":${repeat('{}', 200)}}`),
    });
    assert.equal(response.statusCode, 422);
    const problem = problemOf(response);
    assert.equal(problem.errors!.length, MAX_ERRORS);
    const [, total, listed, rest] = /^有 (\d+) 处需要修改。下面列出前 (\d+) 处，其余 (\d+) 处/.exec(problem.detail!) ?? [];
    assert.equal(Number(listed), MAX_ERRORS, problem.detail);
    assert.equal(Number(total), MAX_ERRORS + Number(rest));
    assert.ok(Number(rest) >= 200 - MAX_ERRORS);
    assert.equal(problem.errors![0]!.pointer.startsWith('/village') || problem.errors![0]!.pointer.startsWith('/articles/0'), true, problem.errors![0]!.pointer);
    assert.equal((await t.rows()).length, 0);
  });
});

describe('the JSON text is measured before it is parsed', () => {
  const verdict = (check: () => void): string => {
    try {
      check();
      return 'ok';
    } catch (error) {
      return (error as { kind: string }).kind;
    }
  };

  test('the text scan and the walk of the parsed value agree, whatever the strings hold and however it is spaced', () => {
    const limits = { jsonValues: 12, jsonDepth: 3, jsonTextChars: Infinity };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(undefined, 1, '\t'), (value, space) => {
        const text = JSON.stringify(value, null, space);
        assert.equal(verdict(() => checkJsonText(text, limits)) === 'ok', verdict(() => checkJsonValue(value, limits)) === 'ok', text);
      }),
      { numRuns: 2000 },
    );
  });

  test('commas, brackets and escaped quotes inside strings are not counted', () => {
    const limits = { jsonValues: 4, jsonDepth: 2, jsonTextChars: Infinity };
    assert.equal(verdict(() => checkJsonText(JSON.stringify({ a: '[[[,,,,]]]{{', b: '\\"\\', c: ['x"],[' ] }), limits)), 'ok');
    assert.equal(verdict(() => checkJsonText('{"a":[1,2,3],"b":0}', limits)), 'payload-too-large');
    assert.equal(verdict(() => checkJsonText('[[[]]]', limits)), 'bad-request');
    assert.equal(verdict(() => checkJsonText('[[], {}, [ ]]', limits)), 'ok');
  });

  test('a text longer than the limit is refused, as a value or as a key, before and after parsing', () => {
    const limits = { jsonValues: 100, jsonDepth: 4, jsonTextChars: 10 };
    for (const value of [{ a: 'x'.repeat(11) }, { ['k'.repeat(11)]: 1 }, [['字'.repeat(11)]]]) {
      assert.equal(verdict(() => checkJsonText(JSON.stringify(value), limits)), 'payload-too-large', JSON.stringify(value));
      assert.equal(verdict(() => checkJsonValue(value, limits)), 'payload-too-large', JSON.stringify(value));
    }
    assert.equal(verdict(() => checkJsonText(JSON.stringify({ a: 'x'.repeat(10), ['k'.repeat(10)]: '字'.repeat(10) }), limits)), 'ok');
  });

  test('a multipart envelope is measured too', async () => {
    const t = await startApp();
    try {
      const form = new FormData();
      const key = 'budget-multipart-1';
      form.append('envelope', body(LEGAL_AID_ID, key, `{"attachments":${repeat('{}', 300_000)}}`));
      const response = await postMultipart(t.app, '/api/legal-aid', form, key);
      assert.equal(response.statusCode, 413);
      assert.match(problemOf(response).detail!, new RegExp(`超过 ${LIMITS.jsonValues} 项`));
      assert.equal((await t.rows()).length, 0);
    } finally {
      await t.close();
    }
  });
});
