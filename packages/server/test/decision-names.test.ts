import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, type TestApp } from './helpers.js';

// A county feed that writes people's names in the ways real feeds do (synthetic people only):
// the public list must not hold them in any spelling, and searching for them must find nothing.
const common = {
  violation: '无照经营',
  basis: '《无证无照经营查处办法》第十三条',
  penaltyTypes: ['fine'],
  fineAmount: 2000,
  decidedAt: '2026-10-06',
  publishedAt: '2026-10-12',
  agency: '某某县市场监督管理局',
  status: 'valid',
  partyMinor: false,
};
const feed = [
  { id: 'Q1', partyType: 'natural-person', partyName: '王　明', caseName: '王明无照经营案', facts: '当事人王明无照经营。' },
  { id: 'Q2', partyType: 'natural-person', partyName: '郑 小 红', caseName: '郑小红无照经营案', facts: '当事人郑　小红无照经营。' },
  { id: 'Q3', partyType: 'natural-person', partyName: '王小明（男）', caseName: '王小明、李大海无照经营案', facts: '当事人王 小 明与李大海合伙经营，其妻子刘小芳协助，证人李建华在场。' },
  { id: 'Q4', partyType: 'natural-person', partyName: '阿依古丽·买买提', caseName: '阿依古丽•买买提无照经营案', facts: '当事人阿依古丽买买提无照经营。' },
  { id: 'Q5', partyType: 'natural-person', partyName: 'Zhang Wei', caseName: 'ZHANG WEI无照经营案', facts: '当事人zhang wei无照经营。' },
  { id: 'Q6', partyType: 'legal-entity', partyName: '赵德柱', legalRep: '赵德柱', caseName: '赵德柱无照经营案', facts: '当事人赵德柱无照经营。' },
].map((d, i) => ({ ...common, docNo: `某市监罚〔2026〕Q0${i + 1}号`, ...d }));

// Each real name with the spellings a visitor might search for.
const searches: Record<string, string[]> = {
  Q1: ['王明', '王 明', '王　明'],
  Q2: ['郑小红', '郑 小 红', '小红'],
  Q3: ['王小明', '王 小 明', '李大海', '刘小芳', '李建华', '小明'],
  Q4: ['阿依古丽·买买提', '阿依古丽买买提', '阿依古丽•买买提', '买买提'],
  Q5: ['Zhang Wei', 'ZHANG WEI', 'zhang wei', 'zhangwei'],
  Q6: ['赵德柱', '德柱'],
};

describe('decisions: names written differently', () => {
  let t: TestApp;
  let app: TestApp['app'];
  before(async () => {
    t = await startApp();
    mkdirSync(join(t.dataDir, 'lists'), { recursive: true });
    writeFileSync(join(t.dataDir, 'lists', 'decisions.json'), JSON.stringify(feed));
    app = (await startApp({ dataDir: t.dataDir })).app;
  });
  after(async () => {
    await app.close();
    await t.close();
  });
  const get = async (query: string) => {
    const response = await app.inject({ method: 'GET', url: `/api/enforcement/decisions${query}` });
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    return JSON.parse(response.body) as { items: Record<string, unknown>[]; total: number };
  };

  test('the list never holds a private name, in any spelling', async () => {
    const page = await get('?pageSize=100');
    assert.equal(page.total, feed.length);
    const bare = JSON.stringify(page).normalize('NFKC').replace(/[\s\p{Cf}·•・‧.]/gu, '').toLowerCase();
    for (const names of Object.values(searches)) {
      for (const name of names) assert.ok(!bare.includes(name.replace(/[\s·•・‧.]/gu, '').toLowerCase()), `${name} in ${JSON.stringify(page.items)}`);
    }
    const byId = Object.fromEntries(page.items.map((d) => [d.id, d]));
    assert.deepEqual(
      Object.keys(searches).map((id) => byId[id]!.partyName),
      ['王某', '郑某', '王某', '阿某', 'Z某', '赵某'],
    );
    assert.equal(byId.Q3!.caseName, '王某、李某无照经营案');
  });

  test('searching by a real name, in any spelling, finds nothing; the masked name is found', async () => {
    for (const names of Object.values(searches)) {
      for (const q of names) assert.equal((await get(`?q=${encodeURIComponent(q)}`)).total, 0, q);
    }
    assert.equal((await get(`?q=${encodeURIComponent('郑某')}`)).total, 1);
  });
});
