import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { villageRuleReviewSchema } from '../src/generated/schemas.js';
import { villageRuleSubmissionExamples } from '../src/generated/examples.js';
import { RED_FLAGS, extendRedFlags, invalidPatterns, precheckArticle } from '../src/precheck/index.js';

const ids = (text: string, patterns = RED_FLAGS) => precheckArticle(text, patterns).map((f) => f.id);

describe('precheckArticle', () => {
  it('flags a fine with a plain explanation and its legal basis', () => {
    const [flag, ...rest] = precheckArticle('违反者罚款200元');
    assert.equal(rest.length, 0);
    assert.equal(flag!.id, 'penalty');
    assert.equal(flag!.match, '罚款');
    assert.match(flag!.explanation, /不能设定罚款/);
    assert.match(flag!.basis, /村民委员会组织法》第二十七条/);
    assert.match(flag!.basis, /行政处罚法/);
    assert.equal(flag!.level, 'high');
    assert.equal(flag!.issue, 'penalty');
  });

  it('flags cutting married-out women from dividends', () => {
    const [flag] = precheckArticle('外嫁女不再享受集体分红');
    assert.equal(flag!.id, 'women');
    assert.equal(flag!.match, '外嫁女不再享受');
    assert.match(flag!.basis, /妇女权益保障法/);
  });

  it('finds each red flag of the domain list in typical wording', () => {
    const cases: [string, string][] = [
      ['乱倒垃圾者处以100元', 'penalty'],
      ['不交卫生费的，扣发当年分红', 'penalty'],
      ['不得拒交卫生费，否则罚款', 'penalty'],
      ['外嫁女户口未迁出的不再享受分红', 'women'],
      ['离婚妇女的承包地由村集体收回', 'women'],
      ['征地补偿款按男丁分配', 'gender'],
      ['屡教不改的，开除村籍', 'residence'],
      ['不按时交清洁费的停水', 'services'],
      ['对偷盗者游街示众', 'shaming'],
      ['乱搭乱建的在广播中点名批评', 'shaming'],
      ['对闹事者关押三天', 'detention'],
      ['私自砍伐的，没收所砍林木', 'confiscation'],
      ['未缴费的押身份证', 'confiscation'],
      ['欠缴费用的，取消其选举权', 'election'],
      ['一人违反，全户不得享受福利；其子女不得参军政审', 'collective-punishment'],
      ['与外省人员结婚的须交押金', 'marriage'],
      ['超生的罚款并取消福利', 'family-planning'],
      ['村民不得越级上访', 'petition'],
      ['纠纷必须先经村调解委员会调解', 'litigation'],
      ['信教群众不得享受低保', 'religion'],
      ['婚入人员落户满3年方可享受分配', 'membership'],
    ];
    for (const [text, id] of cases) assert.ok(ids(text).includes(id), `${text} → ${id} (got ${ids(text).join(',')})`);
  });

  it('leaves lawful articles alone, including the schema examples', () => {
    const examples = villageRuleSubmissionExamples as { articles: { text: string }[] }[];
    for (const example of examples) for (const a of example.articles) assert.deepEqual(ids(a.text), [], a.text);
    assert.deepEqual(ids('村委会不得对村民罚款，违反本村规民约的，由村民委员会批评教育。'), []);
    assert.deepEqual(ids('坚决抵制邪教，信教群众不得参与邪教活动。'), []);
    assert.deepEqual(ids(''), []);
  });

  it('reads full-width digits and ignores spaces inside the words', () => {
    assert.deepEqual(ids('违反者罚 款２００元'), ['penalty']);
    assert.deepEqual(ids('处以 ２００ 元'), ['penalty']);
  });

  it('maps every flag to an issue the review form offers', () => {
    const issue = (villageRuleReviewSchema as unknown as { properties: { articleOpinions: { items: { properties: { issue: { oneOf: { const: string }[] } } } } } })
      .properties.articleOpinions.items.properties.issue;
    const codes = new Set(issue.oneOf.map((o) => o.const));
    for (const p of RED_FLAGS) assert.ok(p.issue && codes.has(p.issue), p.id);
    assert.deepEqual(invalidPatterns(RED_FLAGS), []);
  });
});

describe('extendRedFlags (a province’s list)', () => {
  it('adds, replaces and switches off patterns by id', () => {
    const list = extendRedFlags([
      { id: 'bride-price', pattern: '彩礼.{0,6}(罚|交)', title: '彩礼与罚款挂钩', explanation: '倡导可以，不能罚。', basis: '指导意见', level: 'medium' },
      { id: 'petition', off: true },
      { id: 'penalty', pattern: '罚没', title: '罚没', explanation: '不能罚没。', basis: '行政处罚法' },
    ]);
    assert.ok(ids('彩礼超标的罚500元', list).includes('bride-price'));
    assert.deepEqual(ids('村民不得越级上访', list), []);
    assert.deepEqual(ids('违反者罚款200元', list), []);
    assert.deepEqual(ids('一律罚没', list), ['penalty']);
    assert.equal(list.length, RED_FLAGS.length); // one added, one dropped, one replaced
  });

  it('skips unusable entries and says why', () => {
    const bad = [{ id: 'x', pattern: '(', title: 't', explanation: 'e', basis: 'b' }, { pattern: 'a' }, { id: 'y', pattern: 'a' }];
    assert.deepEqual(
      invalidPatterns(bad).map((p) => p.index),
      [0, 1, 2],
    );
    assert.equal(extendRedFlags(bad as never).length, RED_FLAGS.length);
  });
});
