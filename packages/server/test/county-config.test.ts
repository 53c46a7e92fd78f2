import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import villageRuleSubmission from '@fazhi/schemas/village-rule-submission.schema.json' with { type: 'json' };
import type { FormSchemas } from '../src/schemas.js';
import { envelope, postJson, problemOf, startApp, validApplication, type TestApp } from './helpers.js';

const villageExample = () => structuredClone((villageRuleSubmission as unknown as { examples: Record<string, unknown>[] }).examples.find((e) => !JSON.stringify(e).includes('"size"'))!);
const VILLAGE_ID = (villageRuleSubmission as { $id: string }).$id;

/** A county's configuration folder the test writes into as an editor would, the server running. */
function countyFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-county-'));
  mkdirSync(join(dir, 'overlays'));
  let tick = 0;
  return {
    dir,
    /** Writes the overlay text; the file's time moves on each write, as it does when an editor saves. */
    write(form: string, text: string) {
      const file = join(dir, 'overlays', `${form}.json`);
      writeFileSync(file, text);
      const when = new Date(Date.now() + ++tick * 1000);
      utimesSync(file, when, when);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

describe('a county overlay with a syntax error', () => {
  let t: TestApp;
  const county = countyFolder();
  const reported: FormSchemas[] = [];
  before(async () => {
    county.write('legal-aid-application', '{\n  "properties": {\n    "facts": {\n      "title": "事情经过",\n    }\n  }\n}\n');
    t = await startApp({ configDir: county.dir, report: (entry) => reported.push(entry) });
  });
  after(async () => {
    await t.close();
    county.remove();
  });

  test('the server still starts; the form is refused with a 503 naming the file and the line', async () => {
    for (const url of ['/api/forms/legal-aid-application/schema', '/api/forms/legal-aid-application/overlay']) {
      const response = await t.app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 503);
      const problem = problemOf(response);
      assert.equal(problem.type, '/problems/form-unavailable');
      assert.match(problem.detail!, /overlays\/legal-aid-application\.json 第 5 行：最后一项后面多了逗号/);
    }
    const post = await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'county-bad-0001'), 'county-bad-0001');
    assert.equal(post.statusCode, 503);
    assert.equal((await t.rows()).length, 0);
    const entry = reported.find((e) => e.name === 'legal-aid-application')!;
    assert.ok(entry.unavailable);
  });

  test('the other forms keep working', async () => {
    const response = await postJson(t.app, '/api/village-rules', envelope(villageExample(), 'county-ok-00001', VILLAGE_ID), 'county-ok-00001');
    assert.equal(response.statusCode, 201, response.body);
    const schema = await t.app.inject({ method: 'GET', url: '/api/forms/village-rule-submission/schema' });
    assert.equal(schema.statusCode, 200);
  });
});

describe('changing the overlay while the server runs', () => {
  let t: TestApp;
  const county = countyFolder();
  before(async () => {
    county.write('legal-aid-application', JSON.stringify({ properties: { facts: { title: '事情经过' } } }));
    t = await startApp({ configDir: county.dir, report: () => {} });
  });
  after(async () => {
    await t.close();
    county.remove();
  });

  test('the browser and the server see the change together, and no answer is dropped', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/forms/legal-aid-application/overlay' });
    assert.equal(first.statusCode, 200);
    assert.deepEqual(JSON.parse(first.body), { properties: { facts: { title: '事情经过' } } });
    const etag = String(first.headers.etag);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/forms/legal-aid-application/overlay', headers: { 'if-none-match': etag } })).statusCode, 304);

    // The editor adds a required QQ number; no restart.
    const qq = { type: 'string', title: 'QQ号', maxLength: 20, 'x-fz-pii': 'pi' };
    county.write('legal-aid-application', JSON.stringify({ properties: { contact: { required: ['phone', 'address', 'qq'], properties: { qq } } } }));
    const schema = await t.app.inject({ method: 'GET', url: '/api/forms/legal-aid-application/schema', headers: { 'if-none-match': etag } });
    assert.equal(schema.statusCode, 200, 'a changed file is a new revision');
    assert.notEqual(schema.headers.etag, etag);
    assert.deepEqual(JSON.parse(schema.body).properties.contact.properties.qq, qq);

    // A citizen whose page still had the old form is told which field to fill, not silently stored without it.
    const without = await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'county-live-001'), 'county-live-001');
    assert.equal(without.statusCode, 422);
    assert.deepEqual(problemOf(without).errors!.map((e) => e.pointer), ['/contact/qq']);
    // The answer to the new field is stored.
    const data = validApplication();
    (data.contact as Record<string, unknown>).qq = '12345678';
    const filed = await postJson(t.app, '/api/legal-aid', envelope(data, 'county-live-002'), 'county-live-002');
    assert.equal(filed.statusCode, 201, filed.body);
    assert.equal(JSON.parse(String((await t.rows()).at(-1)!.data)).contact.qq, '12345678');
  });

  test('a mistake saved later takes only this form down, and fixing the file brings it back', async () => {
    county.write('legal-aid-application', JSON.stringify({ properties: { matter: { required: ['aidForm', 'type', 'stage', 'opposingPaty'] } } }));
    const broken = await t.app.inject({ method: 'GET', url: '/api/forms/legal-aid-application/overlay' });
    assert.equal(broken.statusCode, 503);
    assert.match(problemOf(broken).detail!, /properties\.matter\.required\[3\]：必填列表里的“opposingPaty”不是这一层的字段，是不是想写“opposingParty”？/);
    county.write('legal-aid-application', JSON.stringify({ properties: { matter: { required: ['aidForm', 'type', 'stage', 'opposingParty'] } } }));
    const fixed = await t.app.inject({ method: 'GET', url: '/api/forms/legal-aid-application/schema' });
    assert.equal(fixed.statusCode, 200);
    assert.deepEqual(JSON.parse(fixed.body).properties.matter.required, ['aidForm', 'type', 'stage', 'opposingParty']);
  });

  test('an overlay that makes a legally required field optional is refused', async () => {
    county.write('legal-aid-application', JSON.stringify({ properties: { facts: null } }));
    const response = await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'county-lock-01'), 'county-lock-01');
    assert.equal(response.statusCode, 503);
    assert.match(problemOf(response).detail!, /案情和申请理由”是法律规定的内容/);
  });
});

describe('older schema versions in the county folder', () => {
  test('a broken one is left out and said, the server serves the rest', async () => {
    const county = countyFolder();
    mkdirSync(join(county.dir, 'schemas'));
    writeFileSync(join(county.dir, 'schemas', 'legal-aid-v0.json'), '{ "$id": "x", }');
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    let t: TestApp | undefined;
    try {
      t = await startApp({ configDir: county.dir, report: () => {} });
    } finally {
      console.error = original;
    }
    assert.match(errors.join('\n'), /schemas\/legal-aid-v0\.json 第 1 行：最后一项后面多了逗号/);
    const post = await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'county-old-001'), 'county-old-001');
    assert.equal(post.statusCode, 201);
    await t.close();
    county.remove();
  });
});
