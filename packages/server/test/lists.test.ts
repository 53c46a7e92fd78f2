import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { isPublishable, MAX_PAGE_SIZE, normalizeSearchText } from '@fazhi/core';
import { LIST_LIMITS } from '../src/config.js';
import { SAMPLES_DIR } from '../src/lists/datasets.js';
import { problemOf, startApp, type TestApp } from './helpers.js';

type Row = Record<string, unknown>;
const sample = (file: string): Row[] => JSON.parse(readFileSync(join(SAMPLES_DIR, file), 'utf8'));
const POWER = sample('power-list-township.json');
const DECISIONS = sample('enforcement-decisions.json');
const count = (rows: Row[], field: string, value: unknown) => rows.filter((r) => r[field] === value).length;

type Page = { items: Record<string, unknown>[]; total: number; facets: Record<string, Record<string, number>> };

describe('GET /api/power-list', () => {
  let t: TestApp;
  const get = async (query: string): Promise<Page> => {
    const response = await t.app.inject({ method: 'GET', url: `/api/power-list${query}` });
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    return JSON.parse(response.body);
  };
  before(async () => (t = await startApp()));
  after(() => t.close());

  test('defaults: page 1 of 20, total, and facet counts per category', async () => {
    const page = await get('');
    assert.equal(page.items.length, 20);
    assert.equal(page.total, POWER.length);
    assert.equal(page.facets.category.other, count(POWER, 'category', 'other'));
    assert.equal(page.facets.category.licensing, count(POWER, 'category', 'licensing'));
  });

  test('paging: pages do not overlap, and a page past the end is empty', async () => {
    const one = await get('?page=1&pageSize=10&sort=code');
    const two = await get('?page=2&pageSize=10&sort=code');
    assert.equal(two.items.length, 10);
    assert.deepEqual(one.items.filter((a) => two.items.some((b) => b.code === a.code)), []);
    const past = await get('?page=400&pageSize=100');
    assert.deepEqual(past.items, []);
    assert.equal(past.total, POWER.length);
  });

  test('sort=-code and sort=code', async () => {
    const all = POWER.map((i) => String(i.code)).sort();
    const desc = await get('?sort=-code&pageSize=5');
    const codes = desc.items.map((i) => String(i.code));
    assert.deepEqual(codes, [...codes].sort().reverse());
    assert.equal(codes[0], all.at(-1));
    const asc = await get('?sort=code&pageSize=1');
    assert.equal(asc.items[0].code, all[0]);
  });

  test('f.category filters; its own facet still counts every category (for tabs)', async () => {
    const page = await get('?f.category=licensing&pageSize=100');
    assert.equal(page.total, count(POWER, 'category', 'licensing'));
    assert.ok(page.items.every((i) => i.category === 'licensing'));
    assert.equal(page.facets.category.other, count(POWER, 'category', 'other'));
    const two = await get('?f.category=licensing&f.category=levy');
    assert.equal(two.total, count(POWER, 'category', 'licensing') + count(POWER, 'category', 'levy'));
    const agency = String(POWER[0].agency);
    const both = await get(`?f.category=licensing&f.agency=${encodeURIComponent(agency)}&pageSize=100`);
    assert.equal(both.total, POWER.filter((i) => i.category === 'licensing' && i.agency === agency).length);
  });

  test('q searches name, code and basis, ignoring full-width forms, brackets and spaces', async () => {
    const bracketed = /〔(\d{4})〕/.exec(JSON.stringify(POWER))![1];
    const plain = await get('?q=' + encodeURIComponent(`〔${bracketed}〕`));
    assert.ok(plain.total > 0);
    assert.equal((await get('?q=' + encodeURIComponent(`[${bracketed}]`))).total, plain.total);
    const fullWidth = bracketed.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    assert.equal((await get('?q=' + encodeURIComponent(`【${fullWidth}】`))).total, plain.total);
    const law = String((POWER[0].basis as { lawName: string }[])[0].lawName).replace(/[《》]/g, '');
    const byLaw = await get('?q=' + encodeURIComponent(law) + '&pageSize=100');
    assert.ok(byLaw.total > 0);
    assert.ok(byLaw.items.every((i) => normalizeSearchText(JSON.stringify(i)).includes(normalizeSearchText(law))));
    const byCode = await get('?q=' + encodeURIComponent(String(POWER[5].code)));
    assert.equal(byCode.items[0].code, POWER[5].code);
    assert.equal((await get('?q=' + encodeURIComponent('没有这种事项'))).total, 0);
  });

  test('f.date range filters on the update date', async () => {
    const page = await get('?f.date=2026-01-01..2026-03-31&pageSize=100');
    const expected = POWER.filter((i) => String(i.updatedAt) >= '2026-01-01' && String(i.updatedAt) <= '2026-03-31').length;
    assert.ok(expected > 0 && expected < POWER.length, 'the sample spans the range edge');
    assert.equal(page.total, expected);
    assert.ok(page.items.every((i) => String(i.updatedAt) >= '2026-01-01' && String(i.updatedAt) <= '2026-03-31'));
    assert.equal((await get('?f.updatedAt=2026-01-01..')).total, POWER.filter((i) => String(i.updatedAt) >= '2026-01-01').length);
  });

  test('only fields the schema declares are served', async () => {
    const schema = JSON.parse(readFileSync(join(SAMPLES_DIR, '..', '..', '..', 'schemas', 'power-list-item.schema.json'), 'utf8'));
    const declared = new Set([...Object.keys(schema.properties), 'id']);
    const page = await get('?pageSize=100');
    assert.ok(page.items.every((i) => Object.keys(i).every((k) => declared.has(k))));
  });

  const nonsense = [
    '?page=0', '?page=abc', '?page=1.5', '?page=9999999', '?pageSize=0', '?pageSize=101', '?pageSize=-1',
    '?sort=secret', '?sort=-code,name,updatedAt,category', '?f.secret=1', '?f.date=yesterday..today', '?f.date=2026-01-01',
    '?f.category=a..b', `?q=${'测'.repeat(101)}`, '?page=1&page=2',
    // Names every object inherits are not fields either.
    '?f.constructor=1..2', '?f.__proto__=1..2', '?f.toString=1', '?f.valueOf=1..9', '?f.hasOwnProperty=x',
  ];
  for (const query of nonsense) {
    test(`400 for ${query.slice(0, 40)}`, async () => {
      const response = await t.app.inject({ method: 'GET', url: `/api/power-list${encodeURI(query).replace(/%25/g, '%')}` });
      assert.equal(response.statusCode, 400, response.body);
      const problem = problemOf(response);
      assert.equal(problem.type, '/problems/bad-query');
      assert.match(problem.detail ?? '', /[\u4e00-\u9fff]/);
      if (query.startsWith('?f.') && !query.includes('date')) assert.doesNotMatch(problem.detail ?? '', /范围应写成/, 'refused as an unknown field');
    });
  }

  test('the largest page is core’s MAX_PAGE_SIZE, the one the elements clamp page-size to', async () => {
    assert.equal(LIST_LIMITS.maxPageSize, MAX_PAGE_SIZE);
    assert.equal((await get(`?pageSize=${MAX_PAGE_SIZE}`)).items.length, Math.min(MAX_PAGE_SIZE, POWER.length));
    const over = await t.app.inject({ method: 'GET', url: `/api/power-list?pageSize=${MAX_PAGE_SIZE + 1}` });
    assert.equal(over.statusCode, 400);
  });

  test('unknown parameters (cache busters) are ignored', async () => {
    assert.equal((await get('?_=12345&pageSize=1')).items.length, 1);
  });
});

describe('GET /api/enforcement/*', () => {
  let t: TestApp;
  const today = '2026-11-24';
  before(async () => (t = await startApp({ today: () => new Date(`${today}T04:00:00Z`) })));
  after(() => t.close());

  const get = async (path: string): Promise<Page> => {
    const response = await t.app.inject({ method: 'GET', url: path });
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    return JSON.parse(response.body);
  };

  test('bodies, officers, matters answer the list protocol', async () => {
    for (const view of ['bodies', 'officers', 'matters']) {
      const page = await get(`/api/enforcement/${view}?pageSize=5`);
      assert.ok(page.total > 0, view);
      assert.ok(page.items.length <= 5);
    }
    const officers = await get('/api/enforcement/officers?sort=-validUntil&pageSize=100');
    const until = officers.items.map((i) => String(i.validUntil));
    assert.deepEqual(until, [...until].sort().reverse());
  });

  test('decisions: revoked, expired and minors’ decisions are never served', async () => {
    const expected = DECISIONS.filter((d) => isPublishable(d, today));
    const hidden = DECISIONS.filter((d) => !isPublishable(d, today));
    assert.ok(hidden.some((d) => d.status === 'revoked') && hidden.some((d) => d.partyMinor === true), 'the sample holds decisions that must be hidden');
    const page = await get('/api/enforcement/decisions?pageSize=100');
    assert.equal(page.total, expected.length);
    assert.equal(page.items.length, expected.length);
    assert.ok(page.items.every((d) => d.status === 'valid'));
    assert.ok(page.items.every((d) => !d.publicUntil || String(d.publicUntil) >= today));
    assert.ok(page.items.every((d) => !hidden.some((h) => h.docNo === d.docNo)));
    assert.ok(page.items.every((d) => typeof d.id === 'string'), 'ids kept for deep links');
  });

  test('decisions are masked: no identity numbers, no raw phones, natural persons as 张某', async () => {
    const page = await get('/api/enforcement/decisions?pageSize=100&f.partyType=natural-person');
    assert.ok(page.total > 0);
    const text = JSON.stringify(page.items);
    assert.doesNotMatch(text, /\d{17}[\dXx]/);
    assert.doesNotMatch(text, /1[3-9]\d{9}/);
    assert.ok(page.items.every((d) => !('partyIdNumber' in d) && !('partyMinor' in d)));
    assert.ok(page.items.every((d) => /某/.test(String(d.partyName))), JSON.stringify(page.items.map((d) => d.partyName)));
  });

  test('f.date on decisions is the decision date; sort=-decidedAt', async () => {
    const page = await get('/api/enforcement/decisions?f.date=2026-01-01..2026-06-30&sort=-decidedAt&pageSize=100');
    const dates = page.items.map((d) => String(d.decidedAt));
    assert.ok(dates.length > 0);
    assert.ok(dates.every((d) => d >= '2026-01-01' && d <= '2026-06-30'));
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.deepEqual((await get('/api/enforcement/decisions?f.decidedAt=2026-01-01..2026-06-30')).total, page.total);
    assert.ok(page.facets.agency && page.facets.penaltyTypes && page.facets.partyType);
  });

  test('what the notice asks for: month facet for its chart, f.penaltyTypes, f.agency, f.body, sorts', async () => {
    const all = await get('/api/enforcement/decisions?pageSize=100');
    const months = all.facets.month;
    assert.ok(Object.keys(months).every((m) => /^\d{4}-\d{2}$/.test(m)));
    assert.equal(Object.values(months).reduce((a, b) => a + b, 0), all.total);
    const fines = await get('/api/enforcement/decisions?f.penaltyTypes=fine&sort=fineAmount&pageSize=100');
    assert.ok(fines.total > 0 && fines.items.every((d) => (d.penaltyTypes as string[]).includes('fine')));
    const amounts = fines.items.map((d) => Number(d.fineAmount ?? 0));
    assert.deepEqual(amounts, [...amounts].sort((a, b) => a - b));
    assert.equal((await get('/api/enforcement/decisions?sort=docNo')).total, all.total);
    const agency = String(all.items[0].agency);
    const byAgency = await get(`/api/enforcement/officers?f.agency=${encodeURIComponent(agency)}&sort=validUntil`);
    assert.ok(byAgency.items.every((o) => o.agency === agency));
    const matters = await get('/api/enforcement/matters?sort=name');
    const body = Object.keys(matters.facets.body)[0];
    assert.ok((await get(`/api/enforcement/matters?f.body=${encodeURIComponent(body)}&sort=code`)).items.every((m) => m.body === body));
    assert.equal((await get('/api/enforcement/bodies?sort=name')).total, sample('enforcement-bodies.json').length);
  });
});

test('a county’s own export in <dataDir>/lists replaces the sample', async () => {
  const t = await startApp();
  try {
    mkdirSync(join(t.dataDir, 'lists'), { recursive: true });
    writeFileSync(
      join(t.dataDir, 'lists', 'power-list.json'),
      JSON.stringify({ items: [{ code: 'A-1', name: '某某许可', category: 'licensing', agency: '某某县司法局', internalNote: '内部意见，不公开', basis: [{ lawName: '《法》' }] }] }),
    );
    const fresh = await startApp({ dataDir: t.dataDir });
    const response = await fresh.app.inject({ method: 'GET', url: '/api/power-list' });
    const body = JSON.parse(response.body);
    assert.equal(body.total, 1);
    assert.equal(body.items[0].internalNote, undefined, 'a county export goes through the public view too');
    await fresh.app.close();
  } finally {
    await t.close();
  }
});

describe('decisions whose party is a person, however the feed says so', () => {
  // Synthetic people (domain.md §9): a feed that writes 自然人 in Chinese, one that leaves the type
  // out, and 个体工商户 registered under the owner's own name, in both spellings.
  const ADDRESS = '浙江省杭州市西湖区文三路90号3幢201室';
  const ID = '34052419800101001X';
  const PHONE = '13800138000';
  const common = {
    violation: '无照经营',
    basis: '《无证无照经营查处办法》第十三条',
    penaltyTypes: ['fine'],
    penaltyContent: '罚款2000元。',
    fineAmount: 2000,
    decidedAt: '2026-10-01',
    publishedAt: '2026-10-05',
    publicUntil: '2028-10-05',
    agency: '某某县市场监督管理局',
    status: 'valid',
    partyMinor: false,
    partyIdNumber: ID,
    partyPhone: PHONE,
    partyAddress: ADDRESS,
  };
  const people = [
    { id: 'P1', partyType: '自然人', name: '王小测', given: '小测' },
    { id: 'P2', partyType: undefined, name: '李测明', given: '测明' },
    { id: 'P3', partyType: 'individual-business', name: '赵测亮', given: '测亮' },
    { id: 'P4', partyType: '个体工商户', name: '孙测强', given: '测强' },
  ];
  const records = people.map((p, i) => ({
    ...common,
    id: p.id,
    docNo: `某市监罚〔2026〕9${i}1号`,
    caseName: `${p.name}无照经营案`,
    ...(p.partyType ? { partyType: p.partyType } : {}),
    partyName: p.name,
    ...(p.partyType?.includes('individual') || p.partyType === '个体工商户' ? { legalRep: p.name } : {}),
    facts: `经查，当事人${p.name}（身份证号${ID}，联系电话${PHONE}，住址${ADDRESS}）无照经营。${p.name}对上述事实无异议。`,
  }));

  let t: TestApp;
  let app: TestApp['app'];
  before(async () => {
    t = await startApp();
    mkdirSync(join(t.dataDir, 'lists'), { recursive: true });
    writeFileSync(join(t.dataDir, 'lists', 'decisions.json'), JSON.stringify(records));
    app = (await startApp({ dataDir: t.dataDir })).app;
  });
  after(async () => {
    await app.close();
    await t.close();
  });
  const get = async (query: string): Promise<Page> => {
    const response = await app.inject({ method: 'GET', url: `/api/enforcement/decisions${query}` });
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    return JSON.parse(response.body);
  };

  test('the answer never holds their name, identity number, phone or address below the county, in any field', async () => {
    const page = await get('?pageSize=100');
    assert.equal(page.total, people.length, 'every decision is still published');
    const text = JSON.stringify(page);
    for (const p of people) {
      assert.ok(!text.includes(p.name) && !text.includes(p.given), `${p.name} appears: ${text.slice(0, 400)}`);
      const item = page.items.find((d) => d.id === p.id)!;
      assert.equal(item.partyName, `${p.name[0]}某`);
      assert.equal(item.partyAddress, '浙江省杭州市西湖区');
    }
    assert.doesNotMatch(text, /\d{17}[\dXx]|\d{15}/);
    assert.doesNotMatch(text, /1[3-9]\d{9}/);
    for (const street of ['文三路', '90号', '3幢', '201室']) assert.ok(!text.includes(street), street);
  });

  test('search by the real name, the phone or the street finds nothing', async () => {
    for (const p of people) assert.equal((await get(`?q=${encodeURIComponent(p.name)}`)).total, 0, p.name);
    for (const q of [PHONE, ID, '文三路90号']) assert.equal((await get(`?q=${encodeURIComponent(q)}`)).total, 0, q);
    assert.equal((await get(`?q=${encodeURIComponent('王某')}`)).total, 1, 'the masked name is what is searched');
  });
});
