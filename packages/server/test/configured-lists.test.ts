import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDatasets, SAMPLES_DIR } from '../src/lists/datasets.js';
import { problemOf, startApp, type TestApp } from './helpers.js';

type Row = Record<string, unknown>;
type Page = { items: Row[]; total: number; facets: Record<string, Record<string, number>> };
const NORMATIVE = (JSON.parse(readFileSync(join(SAMPLES_DIR, 'lists', 'normative-documents.json'), 'utf8')) as { items: Row[] }).items;

const ADVISER_SCHEMA = {
  type: 'object',
  properties: {
    name: { type: 'string', title: '姓名', 'x-fz-public': true, 'x-fz-mask': 'none', 'x-fz-pii': 'none', 'x-fz-column': { order: 1, searchable: true, sortable: true } },
    firm: { type: 'string', title: '执业机构', 'x-fz-public': true, 'x-fz-column': { order: 2, filter: 'select' } },
    mobile: { type: 'string', title: '手机', 'x-fz-public': true, 'x-fz-mask': 'phone' },
    idNumber: { type: 'string', title: '身份证号', 'x-fz-pii': 'sensitive' },
  },
};

describe('GET /api/lists/<name>: a list from files only', () => {
  let t: TestApp;
  let configDir: string;
  const get = async (path: string): Promise<Page> => {
    const response = await t.app.inject({ method: 'GET', url: path });
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    return JSON.parse(response.body) as Page;
  };
  before(async () => {
    configDir = mkdtempSync(join(tmpdir(), 'fazhi-config-'));
    mkdirSync(join(configDir, 'lists'));
    writeFileSync(join(configDir, 'lists', 'legal-advisers.schema.json'), JSON.stringify(ADVISER_SCHEMA));
    writeFileSync(
      join(configDir, 'lists', 'legal-advisers.json'),
      JSON.stringify([
        { id: 'A1', name: '测试甲', firm: '某某律师事务所', mobile: '13800138000', idNumber: '11010519491231002X' },
        { id: 'A2', name: '王小测', firm: '某某县法律援助中心', mobile: '13900139000', idNumber: '34052419800101001X' },
      ]),
    );
    t = await startApp({ configDir });
  });
  after(async () => {
    await t.close();
    rmSync(configDir, { recursive: true, force: true });
  });

  test('the normative-documents sample is served with totals and status counts, and no unpublished field', async () => {
    const page = await get('/api/lists/normative-documents');
    assert.equal(page.total, NORMATIVE.length);
    assert.ok(NORMATIVE.length >= 50);
    assert.equal(page.items.length, 20);
    assert.equal(page.facets.status.repealed, NORMATIVE.filter((r) => r.status === 'repealed').length);
    assert.ok(page.items.every((item) => !('drafter' in item)), 'the drafter is not public');
    assert.ok(page.items.every((item) => typeof item.id === 'string' && typeof item.docNumber === 'string'));
  });

  test('search folds brackets, filters and ranges narrow, sort orders, f.id finds one record', async () => {
    const doc = NORMATIVE[10];
    const byNumber = await get(`/api/lists/normative-documents?q=${encodeURIComponent(String(doc.docNumber).replace('〔', '[').replace('〕', ']'))}`);
    assert.ok(byNumber.items.some((item) => item.id === doc.id));
    const repealed = await get('/api/lists/normative-documents?f.status=repealed&pageSize=100');
    assert.ok(repealed.total > 0 && repealed.items.every((item) => item.status === 'repealed'));
    const year = await get('/api/lists/normative-documents?f.publishedAt=2024-01-01..2024-12-31&pageSize=100');
    assert.equal(year.total, NORMATIVE.filter((r) => String(r.publishedAt).startsWith('2024')).length);
    const newest = await get('/api/lists/normative-documents?sort=-publishedAt&pageSize=1');
    assert.equal(newest.items[0].publishedAt, NORMATIVE.map((r) => String(r.publishedAt)).sort().at(-1));
    const one = await get(`/api/lists/normative-documents?f.id=${doc.id}`);
    assert.deepEqual(one.items.map((item) => item.id), [doc.id]);
  });

  test('the record schema is served beside the list, for the element', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/lists/legal-advisers/schema' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(JSON.parse(response.body), ADVISER_SCHEMA);
  });

  test('a query the schema does not offer is refused with 400', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/lists/normative-documents?sort=drafter' });
    assert.equal(response.statusCode, 400);
    assert.match(problemOf(response).detail ?? '', /drafter/);
  });

  test("a county's own list, schema beside it, is served masked by that schema", async () => {
    const page = await get('/api/lists/legal-advisers?sort=name');
    assert.equal(page.total, 2);
    const first = page.items.find((item) => item.id === 'A1')!;
    assert.equal(first.name, '测试甲');
    assert.equal(first.mobile, '138****8000');
    assert.ok(!('idNumber' in first));
    const firm = await get(`/api/lists/legal-advisers?f.firm=${encodeURIComponent('某某律师事务所')}`);
    assert.deepEqual(firm.items.map((item) => item.id), ['A1']);
  });
});

describe('a bad list file', () => {
  test('is reported with its file name and left out; the other lists are still served', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-data-'));
    try {
      mkdirSync(join(dataDir, 'lists'));
      writeFileSync(join(dataDir, 'lists', 'broken.json'), '[{"id": "1",}]');
      writeFileSync(join(dataDir, 'lists', 'orphan.json'), '[]');
      const errors: string[] = [];
      const names = loadDatasets({ dataDir, onError: (message) => errors.push(message) }).map((d) => d.name);
      assert.ok(names.includes('normative-documents') && names.includes('power-list'));
      assert.ok(!names.includes('broken') && !names.includes('orphan'));
      assert.equal(errors.length, 2);
      assert.match(errors.find((e) => e.includes('broken.json'))!, /不是有效的 JSON/);
      assert.match(errors.find((e) => e.includes('orphan.json'))!, /找不到记录模式 orphan\.schema\.json/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
