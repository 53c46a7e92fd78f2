import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { COMPOUND_SURNAMES, itemsToCsv, maskFreeText, maskName, publicDecision, type PublicDecision } from '../src/index.js';

// Synthetic people only. A private person's name must not survive in any field of a public
// decision, however the feed spells it: spaces (ASCII, U+3000, no-break, zero-width) inside or
// around it, （男）-style notes, the dot of minority names written four ways or left out, Latin
// names in any case; co-parties and witnesses named in the text; a person typed as an organisation.

const base = {
  docNo: '某市监罚〔2026〕Q01号',
  violation: '无照经营',
  basis: '《无证无照经营查处办法》第十三条',
  penaltyContent: '罚款2000元。',
  fineAmount: 2000,
  decidedAt: '2026-10-06',
  publishedAt: '2026-10-12',
  agency: '某某县市场监督管理局',
  status: 'valid',
};

/** Every text a public decision gives out: its fields and its CSV row. */
function outputs(d: PublicDecision | null): string {
  assert.ok(d, 'the decision is still published');
  const keys = Object.keys(d) as (keyof PublicDecision)[];
  const csv = itemsToCsv([d], keys.map((k) => ({ label: k, value: (x: PublicDecision) => x[k] as string })));
  return `${JSON.stringify(d)}\n${csv}`;
}

// What is left of a name once spacing, dots and case are ignored: the form searched for.
const GAP = /[\s\p{Cf}·•・‧.．\-]/gu;
const bare = (s: string) => s.normalize('NFKC').replace(GAP, '').toLowerCase();
const leaks = (out: string, name: string) => bare(out).includes(bare(name));

describe('names written differently are masked wherever they occur', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['U+3000 padding', { partyType: 'natural-person', partyName: '王　明', caseName: '王明无照经营案', facts: '当事人王明无照经营。' }, ['王明']],
    ['ASCII spaces inside', { partyType: 'natural-person', partyName: '郑 小 红', caseName: '郑小红无照经营案', facts: '当事人郑　小红无照经营。' }, ['郑小红']],
    ['a （男） note', { partyType: 'natural-person', partyName: '王小明（男）', caseName: '王小明无照经营案', facts: '当事人王 小 明无照经营。' }, ['王小明']],
    ['(女) note', { partyType: '自然人', partyName: '刘小芳(女)', caseName: '刘小芳无照经营案' }, ['刘小芳']],
    ['minority dots', { partyType: 'natural-person', partyName: '阿依古丽·买买提', caseName: '阿依古丽•买买提无照经营案', facts: '当事人阿依古丽买买提、阿依古丽‧买买提、阿依古丽・买买提无照经营。' }, ['阿依古丽买买提', '买买提']],
    ['Latin in any case', { partyType: 'natural-person', partyName: 'Zhang Wei', caseName: 'ZHANG WEI无照经营案', facts: '当事人ZHANG WEI（zhang wei，Ｚｈａｎｇ　Ｗｅｉ）无照经营。' }, ['zhangwei']],
    ['co-party in the case name', { partyType: 'natural-person', partyName: '王小明', caseName: '王小明、李大海无照经营案', facts: '当事人王小明与李大海合伙经营。' }, ['王小明', '李大海']],
    ['spouse and witness in the facts', { partyType: 'natural-person', partyName: '王小明', caseName: '王小明无照经营案', facts: '当事人王小明及其妻子刘小芳在店内经营，证人李建华在场。' }, ['刘小芳', '李建华']],
    ['a person typed as an organisation', { partyType: 'legal-entity', partyName: '李四', legalRep: '李四', caseName: '李四无照经营案', facts: '当事人李四无照经营。' }, ['李四']],
    ['a person whose name field is empty', { partyType: 'natural-person', caseName: '无照经营案', facts: '当事人李建华无照经营。' }, ['李建华']],
    ['a name-shaped organisation', { partyType: '法人', partyName: '赵德柱', caseName: '赵德柱无照经营案' }, ['赵德柱']],
  ];
  for (const [label, record, names] of cases) {
    it(label, () => {
      const out = outputs(publicDecision({ ...base, ...record }));
      for (const name of names) assert.ok(!leaks(out, name), `${name} leaks: ${out}`);
    });
  }

  it('keeps the masked surname, organisations and officers readable', () => {
    const d = publicDecision({ ...base, partyType: 'natural-person', partyName: '郑 小 红（女）', caseName: '郑小红无照经营案', facts: '执法人员张三、李四向当事人郑小红出示执法证件；某某县测试食品有限公司提供了场地。' })!;
    assert.equal(d.partyName, '郑某');
    assert.equal(d.caseName, '郑某无照经营案');
    assert.equal(d.facts, '执法人员张三、李四向当事人郑某出示执法证件；某某县测试食品有限公司提供了场地。');
    const org = publicDecision({ ...base, partyType: 'legal-entity', partyName: '某某县测试食品有限公司', legalRep: '朱测试', facts: '当事人销售过期食品，当事人陈述申辩称不知情，法定代表人朱测试承认；车主江山市测试运输有限公司，驾驶员黄金龙在场。' })!;
    assert.equal(org.partyName, '某某县测试食品有限公司');
    assert.equal(org.legalRep, '朱测试');
    assert.equal(org.facts, '当事人销售过期食品，当事人陈述申辩称不知情，法定代表人朱测试承认；车主江山市测试运输有限公司，驾驶员黄某在场。');
    // Words that follow 当事人 in facts are not names.
    const words = '当事人于近日在店内经营，当事人曾多次安装设备，当事人高价销售，当事人明知故犯，当事人陈述申辩，当事人全部承认。';
    assert.equal(publicDecision({ ...base, partyType: 'natural-person', partyName: '郑小红', facts: words })!.facts, words);
    assert.equal(maskName('欧阳 小明'), '欧阳某');
    assert.equal(maskFreeText('欧阳 小 明在场', { names: ['欧阳小明'] }), '欧阳某在场');
  });
});

describe('property: no variant of a generated name survives', () => {
  const SINGLE = '王李张刘陈杨赵黄周吴郑孙马朱胡郭何林罗高'.split('');
  // Given-name characters that never occur in the surrounding texts below.
  const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超霞平刚桂'.split('');
  const char = (pool: string[]) => fc.constantFrom(...pool);
  const chineseName = fc.tuple(fc.oneof(char(SINGLE), fc.constantFrom(...COMPOUND_SURNAMES)), fc.array(char(GIVEN), { minLength: 1, maxLength: 2 }))
    .map(([s, g]) => s + g.join(''));
  const minorityName = fc.tuple(fc.array(char('阿依古丽热娜'.split('')), { minLength: 2, maxLength: 4 }), fc.array(char('买提艾尼瓦尔'.split('')), { minLength: 2, maxLength: 4 }))
    .map(([a, b]) => `${a.join('')}·${b.join('')}`);
  const latinName = fc.tuple(fc.constantFrom('Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Ouyang'), fc.constantFrom('Wei', 'Fang', 'Xiaoming', 'Lei', 'Na'))
    .map(([s, g]) => `${s} ${g}`);
  const gap = fc.constantFrom('', '', ' ', '\u3000', '\u00a0', '\u200b');
  const dot = fc.constantFrom('·', '•', '・', '‧', '', ' ', '.');

  /** One way of writing `name`: spacing between characters, dot, case, padding. */
  const variant = (name: string) =>
    fc.tuple(fc.array(gap, { minLength: 24, maxLength: 24 }), dot, fc.constantFrom('same', 'upper', 'lower', 'wide'), gap, gap).map(([gaps, d, kase, before, after]) => {
      const latin = /[A-Za-z]/.test(name);
      let out = latin ? name : Array.from(name).map((c, i) => (c === '·' ? d : c + (name[i + 1] === '·' ? '' : gaps[i]!))).join('').trim();
      if (latin) {
        out = kase === 'upper' ? out.toUpperCase() : kase === 'lower' ? out.toLowerCase() : out;
        if (kase === 'wide') out = out.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
      }
      return before + out + after;
    });
  const note = fc.constantFrom('', '（男）', '（女）', '(男)', ' (女)');

  const record = (name: fc.Arbitrary<string>) =>
    name.chain((n) =>
      fc.record({
        name: fc.constant(n),
        party: fc.tuple(variant(n), note).map(([v, s]) => v + s),
        inCase: variant(n),
        inFacts: variant(n),
        again: variant(n),
        type: fc.constantFrom('natural-person', '自然人', undefined),
        caseShape: fc.constantFrom('{}无照经营案', '关于{}无照经营的处罚', '{}销售过期食品案'),
      }),
    );

  it('in the party name, case name, facts and CSV', () => {
    fc.assert(
      fc.property(record(fc.oneof(chineseName, minorityName, latinName)), (r) => {
        const out = outputs(publicDecision({
          ...base, partyType: r.type, partyName: r.party, caseName: r.caseShape.replace('{}', r.inCase),
          facts: `当事人${r.inFacts}于2026年3月在某某县城关镇销售过期食品，${r.again}承认违法事实。`,
        }));
        assert.ok(!leaks(out, r.name), `${r.name} leaks: ${out}`);
      }),
      { numRuns: 400 },
    );
  });

  it('co-parties and witnesses named next to the party or after a cue', () => {
    const cue = fc.constantFrom('证人', '其妻子', '其丈夫', '当事人');
    fc.assert(
      fc.property(chineseName, chineseName, chineseName, cue, (party, co, witness, said) => {
        fc.pre(new Set([party, co, witness].map((n) => n.slice(0, 2))).size === 3);
        const out = outputs(publicDecision({
          ...base, partyType: 'natural-person', partyName: party, caseName: `${party}、${co}无照经营案`,
          facts: `当事人${party}与${co}合伙经营，${said}${witness}在场。`,
        }));
        for (const name of [party, co, witness]) assert.ok(!leaks(out, name), `${name} leaks: ${out}`);
      }),
      { numRuns: 300 },
    );
  });

  it('a person typed as an organisation, with the same name as legal representative', () => {
    fc.assert(
      fc.property(fc.oneof(chineseName, latinName), fc.constantFrom('legal-entity', '法人', '其他组织'), (name, type) => {
        const out = outputs(publicDecision({ ...base, partyType: type, partyName: name, legalRep: name, caseName: `${name}无照经营案`, facts: `当事人${name}无照经营。` }));
        assert.ok(!leaks(out, name), `${name} leaks: ${out}`);
      }),
      { numRuns: 200 },
    );
  });
});
