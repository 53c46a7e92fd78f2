import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormSchemas } from '../src/schemas.js';
import { envelope, postJson, problemOf, startApp, validApplication, type TestApp } from './helpers.js';

const sample = fileURLToPath(new URL('../samples/config/forms/people-mediation.schema.json', import.meta.url));
const mediation = JSON.parse(readFileSync(sample, 'utf8')) as { $id: string; examples: Record<string, unknown>[] };
const example = () => structuredClone(mediation.examples[0]);

/** A county folder with `forms/<file>` written as an editor would; the server is started on it. */
async function serverWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-forms-'));
  mkdirSync(join(dir, 'forms'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'forms', name), text);
  const reported: FormSchemas[] = [];
  const t = await startApp({ configDir: dir, report: (entry) => reported.push(entry) });
  return { t, reported, close: async () => (await t.close(), rmSync(dir, { recursive: true, force: true })) };
}

describe('a new form service written as a file, with no code', () => {
  let t: TestApp;
  let close: () => Promise<void>;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-forms-'));
    mkdirSync(join(dir, 'forms'));
    copyFileSync(sample, join(dir, 'forms', 'people-mediation.schema.json'));
    t = await startApp({ configDir: dir, report: () => {} });
    close = async () => (await t.close(), rmSync(dir, { recursive: true, force: true }));
  });
  after(() => close());

  test('is served, validated and stored, with its receipt prefix and its own path', async () => {
    const schema = await t.app.inject({ method: 'GET', url: '/api/forms/people-mediation/schema' });
    assert.equal(schema.statusCode, 200);
    assert.equal(JSON.parse(schema.body).title, '人民调解申请');
    const filed = await postJson(t.app, '/api/people-mediation', envelope(example(), 'mediation-0001', mediation.$id), 'mediation-0001');
    assert.equal(filed.statusCode, 201, filed.body);
    assert.match(JSON.parse(filed.body).receiptNo, /^TJ-\d{8}-000001$/);
    const generic = await postJson(t.app, '/api/forms/people-mediation', envelope(example(), 'mediation-0002', mediation.$id), 'mediation-0002');
    assert.equal(generic.statusCode, 201);
    const row = (await t.rows()).find((r) => r.idempotency_key === 'mediation-0001')!;
    assert.equal(row.form, 'people-mediation');
    assert.equal(JSON.parse(String(row.data)).respondent.name, '李测试');
  });

  test('its schema is enforced: a short summary and a missing answer are 422 at their fields', async () => {
    const data = example();
    data.summary = '太吵';
    delete data.litigated;
    const response = await postJson(t.app, '/api/people-mediation', envelope(data, 'mediation-0003', mediation.$id), 'mediation-0003');
    assert.equal(response.statusCode, 422);
    assert.deepEqual(problemOf(response).errors!.map((e) => e.pointer).sort(), ['/litigated', '/summary']);
  });

  test('the built-in forms are registered the same way, from their schemas', async () => {
    assert.deepEqual([...t.app.registry.forms.keys()].sort(), ['legal-aid-application', 'people-mediation', 'village-rule-review', 'village-rule-submission']);
    const filed = await postJson(t.app, '/api/legal-aid', envelope(validApplication(), 'mediation-la-01'), 'mediation-la-01');
    assert.equal(filed.statusCode, 201);
  });
});

describe('a county form file with a mistake is refused alone, naming the file', () => {
  const good = readFileSync(sample, 'utf8');
  const cases: [string, string, string, RegExp][] = [
    ['invalid JSON', 'people-mediation.schema.json', good.replace('"title": "人民调解申请",', '"title": "人民调解申请",,'), /forms\/people-mediation\.schema\.json 第 5 行/],
    ['no x-fz-form', 'people-mediation.schema.json', good.replace(/\n {2}"x-fz-form": [^\n]*\n/, '\n'), /缺少 "x-fz-form"/],
    ['a receipt prefix used twice', 'people-mediation.schema.json', good.replace('"receiptPrefix": "TJ"', '"receiptPrefix": "FY"'), /x-fz-form\.receiptPrefix：回执编号前缀“FY”已被表单“legal-aid-application”使用/],
    ['an unknown $ref', 'people-mediation.schema.json', good.replace('common.schema.json#/$defs/personName', 'common.schema.json#/$defs/fullName'), /properties\.applicant\.properties\.name\.\$ref：引用“common\.schema\.json#\/\$defs\/fullName”找不到/],
    ['a misspelt keyword', 'people-mediation.schema.json', good.replace('"maxLength": 1000', '"maxLenght": 1000'), /maxLenght.*maxLength/],
  ];
  for (const [what, file, text, said] of cases) {
    test(what, async () => {
      const s = await serverWith({ [file]: text });
      try {
        const post = await postJson(s.t.app, '/api/forms/people-mediation', envelope(example(), 'mediation-bad-1', mediation.$id), 'mediation-bad-1');
        assert.equal(post.statusCode, 503, post.body);
        assert.match(problemOf(post).detail!, said);
        assert.ok(s.reported.some((e) => e.name === 'people-mediation' && e.unavailable));
        const other = await postJson(s.t.app, '/api/legal-aid', envelope(validApplication(), 'mediation-ok-01'), 'mediation-ok-01');
        assert.equal(other.statusCode, 201, 'the other forms go on');
      } finally {
        await s.close();
      }
    });
  }

  test('a county form named like a built-in one does not replace it', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    const s = await serverWith({ 'legal-aid-application.schema.json': good }).finally(() => (console.error = original));
    try {
      assert.match(errors.join('\n'), /forms\/legal-aid-application\.schema\.json：与内置表单“legal-aid-application”重名/);
      const schema = await s.t.app.inject({ method: 'GET', url: '/api/forms/legal-aid-application/schema' });
      assert.equal(JSON.parse(schema.body).title, '法律援助申请');
    } finally {
      await s.close();
    }
  });
});

describe('the demo portal pages for configured forms', () => {
  test('/services/ lists them and /services/<form> shows one in fz-form, its text escaped, under the CSP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-forms-'));
    mkdirSync(join(dir, 'forms'));
    const text = readFileSync(sample, 'utf8').replace('"title": "人民调解申请",', '"title": "人民调解申请<script>x</script>",');
    writeFileSync(join(dir, 'forms', 'people-mediation.schema.json'), text);
    const t = await startApp({ configDir: dir, publicDir: fileURLToPath(new URL('../public', import.meta.url)), report: () => {} });
    try {
      const list = await t.app.inject({ method: 'GET', url: '/services/' });
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /href="\/services\/people-mediation"/);
      assert.doesNotMatch(list.body, /village-rule-review/, 'staff forms are not offered to the public');
      assert.doesNotMatch(list.body, /legal-aid-application/, 'built-in forms keep their own pages and elements');
      const page = await t.app.inject({ method: 'GET', url: '/services/people-mediation' });
      assert.equal(page.statusCode, 200);
      assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
      assert.match(page.body, /<fz-form schema-src="\/api\/forms\/people-mediation\/schema" action="\/api\/forms\/people-mediation"/);
      assert.match(page.body, /<title>人民调解申请&#60;script&#62;x&#60;\/script&#62; - 某某县人民政府<\/title>/);
      assert.doesNotMatch(page.body, /<script>x/);
      assert.equal((await t.app.inject({ method: 'GET', url: '/services/nothing-here' })).statusCode, 404);
    } finally {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
