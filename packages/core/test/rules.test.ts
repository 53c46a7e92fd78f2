import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commonSchema, legalAidApplicationSchema, villageRuleSubmissionSchema } from '../src/generated/schemas.js';
import {
  MAX_DEPTH,
  RuleLimitError,
  RuleSyntaxError,
  applyDerive,
  assertExpression,
  assertRules,
  assertSchemaRules,
  checkRules,
  evaluate,
} from '../src/rules/index.js';
import { createResolver } from '../src/schema/resolve.js';
import type { SchemaObject } from '../src/types.js';

/** 2026-11-24 noon in Shanghai: ages in these tests do not drift with the calendar. */
const NOW = new Date('2026-11-24T04:00:00Z');
const ev = (expr: unknown, data: unknown = {}, settings?: Record<string, unknown>) => evaluate(expr, data, { now: NOW, settings });

describe('evaluate: values and var', () => {
  it('returns literals as they are and evaluates arrays element by element', () => {
    assert.equal(ev(3), 3);
    assert.equal(ev('村民会议'), '村民会议');
    assert.equal(ev(null), null);
    assert.deepEqual(ev([1, { var: 'a' }], { a: 2 }), [1, 2]);
  });

  it('reads a JSON pointer relative to the object, with or without the leading slash', () => {
    const data = { meeting: { present: 12, 'a/b': 1, 'c~d': 2 }, list: [{ x: 5 }] };
    assert.equal(ev({ var: 'meeting/present' }, data), 12);
    assert.equal(ev({ var: '/meeting/present' }, data), 12);
    assert.equal(ev({ var: 'meeting/a~1b' }, data), 1);
    assert.equal(ev({ var: 'meeting/c~0d' }, data), 2);
    assert.equal(ev({ var: 'list/0/x' }, data), 5);
    assert.deepEqual(ev({ var: '' }, data), data);
  });

  it('gives null for a missing value, or the default when one is given', () => {
    assert.equal(ev({ var: 'meeting/absent' }, { meeting: {} }), null);
    assert.equal(ev({ var: 'list/x' }, { list: [1] }), null);
    assert.equal(ev({ var: ['against', 0] }, {}), 0);
    assert.equal(ev({ var: ['against', 0] }, { against: 3 }), 3);
  });

  it('does not read inherited properties', () => {
    assert.equal(ev({ var: 'constructor' }, {}), null);
    assert.equal(ev({ var: '__proto__' }, {}), null);
    assert.equal(ev({ var: 'length' }, { length: undefined }), null);
  });

  it('reads settings a county put in x-fz-settings', () => {
    assert.equal(ev({ setting: 'perCapitaIncomeStandard' }, {}, { perCapitaIncomeStandard: 1350 }), 1350);
    assert.equal(ev({ setting: 'perCapitaIncomeStandard' }, {}, { perCapitaIncomeStandard: null }), null);
    assert.equal(ev({ setting: ['missing', 7] }, {}, {}), 7);
    assert.equal(ev({ setting: 'x' }), null);
  });
});

describe('evaluate: comparison and logic', () => {
  it('compares numbers, and ISO dates as text', () => {
    assert.equal(ev({ '<=': [{ var: 'present' }, { var: 'entitled' }] }, { present: 10, entitled: 10 }), true);
    assert.equal(ev({ '<': [10, 10] }), false);
    assert.equal(ev({ '>': [11, 10] }), true);
    assert.equal(ev({ '>=': ['2026-09-20', '2026-08-01'] }), true);
    assert.equal(ev({ '<': ['2026-09-20', '2026-08-01'] }), false);
  });

  it('supports between with three arguments', () => {
    assert.equal(ev({ '<=': [1, 5, 10] }), true);
    assert.equal(ev({ '<=': [1, 11, 10] }), false);
    assert.equal(ev({ '<': [1, 1, 10] }), false);
  });

  it('cannot compare a missing value, text with a number, or NaN: null (not known yet)', () => {
    assert.equal(ev({ '<=': [{ var: 'present' }, 10] }, {}), null);
    assert.equal(ev({ '<': ['5', 10] }), null);
    assert.equal(ev({ '>': [true, 0] }), null);
  });

  it('== and != are strict and deep, never coercing', () => {
    assert.equal(ev({ '==': ['1', 1] }), false);
    assert.equal(ev({ '==': [{ var: 'kind' }, 'villagers-meeting'] }, { kind: 'villagers-meeting' }), true);
    assert.equal(ev({ '==': [{ var: 'x' }, null] }, {}), true);
    assert.equal(ev({ '!=': [{ var: 'x' }, null] }, { x: 0 }), true);
    assert.equal(ev({ '==': [{ var: 'x' }, { var: 'y' }] }, { x: [1, { a: 2 }], y: [1, { a: 2 }] }), true);
    assert.equal(ev({ '==': [[1, 2], [1, 2]] }), true);
    assert.equal(ev({ '==': [{ var: 'o' }, { var: 'p' }] }, { o: { a: 1 }, p: { a: 1, b: 2 } }), false);
  });

  it('and / or / not use three-valued logic: unknown stays unknown unless decided', () => {
    assert.equal(ev({ and: [true, true] }), true);
    assert.equal(ev({ and: [true, null] }), null);
    assert.equal(ev({ and: [null, false] }), false);
    assert.equal(ev({ or: [null, true] }), true);
    assert.equal(ev({ or: [false, null] }), null);
    assert.equal(ev({ or: [false, 0, ''] }), false);
    assert.equal(ev({ not: true }), false);
    assert.equal(ev({ not: [0] }), true);
    assert.equal(ev({ not: null }), null);
  });

  it('if picks the first branch whose condition holds, else the last argument', () => {
    const expr = { if: [{ '==': [{ var: 'k' }, 'a'] }, 1, { '==': [{ var: 'k' }, 'b'] }, 2, 3] };
    assert.equal(ev(expr, { k: 'a' }), 1);
    assert.equal(ev(expr, { k: 'b' }), 2);
    assert.equal(ev(expr, { k: 'c' }), 3);
    assert.equal(ev({ if: [false, 1] }), null);
    assert.equal(ev({ if: [null, 1, 2] }), 2);
  });

  it('if evaluates only the branch it takes', () => {
    // The untaken branch holds an age from an invalid number; it must not matter.
    assert.equal(ev({ if: [true, 'ok', { ageFromIdCard: 'nonsense' }] }), 'ok');
  });

  it('in looks into arrays and strings', () => {
    assert.equal(ev({ in: ['fine', { var: 'penaltyTypes' }] }, { penaltyTypes: ['warning', 'fine'] }), true);
    assert.equal(ev({ in: ['fine', { var: 'penaltyTypes' }] }, {}), false);
    assert.equal(ev({ in: ['罚款', '处以罚款200元'] }), true);
  });
});

describe('evaluate: arithmetic', () => {
  it('adds, subtracts, multiplies and divides numbers', () => {
    assert.equal(ev({ '+': [1, 2, 3] }), 6);
    assert.equal(ev({ '-': [10, 4] }), 6);
    assert.equal(ev({ '-': 4 }), -4);
    assert.equal(ev({ '*': [{ var: 'present' }, 3] }, { present: 30 }), 90);
    assert.equal(ev({ '/': [2400, 3] }), 800);
  });

  it('is null when an operand is missing or not a number, and never NaN or Infinity', () => {
    assert.equal(ev({ '+': [1, { var: 'x' }] }, {}), null);
    assert.equal(ev({ '*': ['2', 3] }), null);
    assert.equal(ev({ '/': [1, 0] }), null);
    assert.equal(ev({ '*': [1e308, 10] }), null);
  });

  it('min, max, round and count', () => {
    assert.equal(ev({ min: [3, 1, 2] }), 1);
    assert.equal(ev({ max: [3, 1, 2] }), 3);
    assert.equal(ev({ max: [3, null] }), null);
    assert.equal(ev({ round: [1.005, 2] }), 1.01);
    assert.equal(ev({ round: [{ '/': [1000, 3] }, 2] }), 333.33);
    assert.equal(ev({ round: 2.5 }), 3);
    assert.equal(ev({ round: [2.5, -1] }), null);
    assert.equal(ev({ count: { var: 'articles' } }, { articles: [{}, {}, {}] }), 3);
    assert.equal(ev({ count: { var: 'articles' } }, {}), 0);
  });
});

describe('evaluate: identity numbers and ages (Asia/Shanghai)', () => {
  it('derives age, birth date and sex from a valid identity number', () => {
    assert.equal(ev({ ageFromIdCard: '11010519491231002X' }), 76);
    assert.equal(ev({ birthDateFromIdCard: '11010519491231002X' }), '1949-12-31');
    assert.equal(ev({ sexFromIdCard: '11010519491231002X' }), 'female');
    assert.equal(ev({ sexFromIdCard: '513101198201130014' }), 'male');
    assert.equal(ev({ ageFromIdCard: '34052419800101001x' }), 46, 'lower-case x is normalised');
  });

  it('gives null for an invalid or partial number', () => {
    assert.equal(ev({ ageFromIdCard: '11010519491231002Y' }), null);
    assert.equal(ev({ ageFromIdCard: '110105194912310021' }), null, 'wrong check character');
    assert.equal(ev({ ageFromIdCard: '1101051949' }), null);
    assert.equal(ev({ ageFromIdCard: { var: 'idNumber' } }, {}), null);
    assert.equal(ev({ ageFromIdCard: 42 }), null);
  });

  it('counts birthdays on the Shanghai calendar, not the server clock', () => {
    // 2026-12-31 16:30 UTC is already 2027-01-01 00:30 in Shanghai.
    const newYear = new Date('2026-12-31T16:30:00Z');
    assert.equal(evaluate({ ageFromDate: '2009-01-01' }, {}, { now: newYear }), 18);
    assert.equal(evaluate({ ageFromDate: '2009-01-01' }, {}, { now: new Date('2026-12-31T15:30:00Z') }), 17);
  });

  it('ageFromDate refuses impossible or future dates', () => {
    assert.equal(ev({ ageFromDate: '2012-05-01' }), 14);
    assert.equal(ev({ ageFromDate: '2023-02-29' }), null);
    assert.equal(ev({ ageFromDate: '2030-01-01' }), null);
    assert.equal(ev({ ageFromDate: '20120501' }), null);
  });
});

describe('syntax is checked before anything runs', () => {
  it('an unknown operator throws a RuleSyntaxError naming it and where it is', () => {
    assert.throws(
      () => assertExpression({ and: [{ '<=': [1, 2] }, { eval: 'alert(1)' }] }, '#/x-fz-rules/0/assert'),
      (e: unknown) => e instanceof RuleSyntaxError && /unknown operator "eval"/.test(e.message) && e.where === '#/x-fz-rules/0/assert/and/1',
    );
    assert.throws(() => evaluate({ eval: 'x' }, {}), RuleSyntaxError);
  });

  it('object keys from the prototype are not operators', () => {
    for (const op of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      assert.throws(() => assertExpression(JSON.parse(`{"${op}": 1}`), '#'), RuleSyntaxError, op);
      assert.throws(() => evaluate(JSON.parse(`{"${op}": 1}`), {}), RuleSyntaxError, op);
    }
  });

  it('an object must be exactly one operator, with the right number of arguments', () => {
    assert.throws(() => assertExpression({ '<=': [1, 2], '>=': [1, 2] }, '#'), /exactly one key/);
    assert.throws(() => assertExpression({}, '#'), /exactly one key/);
    assert.throws(() => assertExpression({ '/': [1] }, '#'), /takes 2 argument/);
    assert.throws(() => assertExpression({ not: [1, 2] }, '#'), /takes 1 argument/);
    assert.doesNotThrow(() => assertExpression({ var: 'a' }, '#'));
    assert.doesNotThrow(() => assertExpression({ '<=': [1, 2, 3] }, '#'));
  });

  it('nesting and size are bounded', () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_DEPTH + 2; i++) deep = { not: deep };
    assert.throws(() => assertExpression(deep, '#'), /nested deeper/);
    assert.throws(() => evaluate(deep, {}), RuleSyntaxError);
    const wide = { '+': Array.from({ length: 3000 }, () => 1) };
    assert.throws(() => assertExpression(wide, '#'), /more than 2000 parts/);
    const huge = { '+': Array.from({ length: 20_000 }, () => 1) };
    assert.throws(() => evaluate(huge, {}), RuleLimitError);
  });

  it('non-JSON values are refused', () => {
    assert.throws(() => assertExpression(Number.NaN, '#'), RuleSyntaxError);
    assert.throws(() => assertExpression({ var: () => 1 }, '#'), RuleSyntaxError);
  });
});

const meetingRules = (villageRuleSubmissionSchema.properties!.meeting as SchemaObject)['x-fz-rules'];
const meetingErrors = (meeting: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  checkRules(meetingRules, meeting, { pointer: '/meeting', locale });
const codes = (meeting: Record<string, unknown>) => meetingErrors(meeting).map((e) => e.code).sort();

describe('checkRules: the village-rule meeting (村民委员会组织法 第22、26条)', () => {
  const base = { kind: 'villagers-meeting', basis: 'adults', entitled: 820, present: 530, inFavour: 498, against: 12, abstain: 20 };

  it('a lawful meeting passes', () => {
    assert.deepEqual(meetingErrors(base), []);
  });

  it('present above entitled is an error on the present field, with the figure in the message', () => {
    const errors = meetingErrors({ ...base, present: 900, inFavour: 500, against: 0, abstain: 0 });
    assert.deepEqual(errors, [
      { pointer: '/meeting/present', code: 'rule.present-not-above-entitled', message: '实到人数不能多于应到人数（820）' },
    ]);
  });

  it('votes in favour above attendance is an error on inFavour', () => {
    const errors = meetingErrors({ ...base, inFavour: 600, against: 0, abstain: 0 });
    assert.ok(errors.some((e) => e.code === 'rule.in-favour-not-above-present' && e.pointer === '/meeting/inFavour'));
    assert.ok(errors.find((e) => e.code === 'rule.in-favour-not-above-present')!.message.includes('530'));
  });

  it('all votes together cannot exceed attendance; absent counts count as zero', () => {
    assert.deepEqual(codes({ ...base, against: 40 }), ['rule.votes-not-above-present']);
    assert.deepEqual(codes({ kind: 'villagers-meeting', entitled: 10, present: 8, inFavour: 8 }), []);
  });

  it('villagers by adults: more than half must attend', () => {
    assert.deepEqual(codes({ ...base, present: 410, inFavour: 300, against: 0, abstain: 0 }), ['rule.quorum-villagers']);
    assert.deepEqual(codes({ ...base, present: 411, inFavour: 300, against: 0, abstain: 0 }), []);
    // basis not chosen yet counts as by adults (the default)
    assert.deepEqual(codes({ kind: 'villagers-meeting', entitled: 100, present: 50, inFavour: 40 }), ['rule.quorum-villagers']);
  });

  it('villagers by household: two thirds of households must attend', () => {
    const households = { kind: 'villagers-meeting', basis: 'households', entitled: 300, inFavour: 150 };
    assert.deepEqual(codes({ ...households, present: 199 }), ['rule.quorum-households']);
    assert.deepEqual(codes({ ...households, present: 200 }), []);
  });

  it('representatives: two thirds of members must attend', () => {
    const reps = { kind: 'representatives-meeting', entitled: 45, inFavour: 28 };
    assert.deepEqual(codes({ ...reps, present: 29 }), ['rule.quorum-representatives']);
    assert.deepEqual(codes({ ...reps, present: 30 }), []);
  });

  it('residents: more than half must attend', () => {
    const residents = { kind: 'residents-meeting', entitled: 1200, inFavour: 600 };
    assert.deepEqual(codes({ ...residents, present: 600 }), ['rule.quorum-residents']);
    assert.deepEqual(codes({ ...residents, present: 601 }), []);
  });

  it('a decision needs more than half of those present', () => {
    assert.deepEqual(codes({ ...base, inFavour: 265, against: 0, abstain: 0 }), ['rule.majority']);
    assert.deepEqual(codes({ ...base, inFavour: 266, against: 0, abstain: 0 }), []);
  });

  it('says nothing about figures not yet entered (required reports those)', () => {
    assert.deepEqual(meetingErrors({ kind: 'representatives-meeting' }), []);
    assert.deepEqual(meetingErrors({}), []);
  });

  it('speaks English when asked, and falls back to Chinese per rule', () => {
    const [error] = meetingErrors({ ...base, present: 900, inFavour: 500, against: 0, abstain: 0 }, 'en');
    assert.equal(error!.message, 'Attendance cannot exceed the number entitled (820)');
    const rules = [{ id: 'only-zh', assert: false, pointer: 'x', message: { 'zh-CN': '只有中文' } }];
    assert.equal(checkRules(rules, {}, { pointer: '', locale: 'en' })[0]!.message, '只有中文');
  });
});

describe('checkRules: shape and pointers', () => {
  const rule = (extra: Record<string, unknown> = {}) => ({ id: 'r', assert: { '<=': [{ var: 'a' }, { var: 'b' }] }, pointer: 'a', message: { 'zh-CN': 'a 不能大于 b' }, ...extra });

  it('joins the rule pointer onto the object pointer, with or without a slash', () => {
    assert.equal(checkRules([rule()], { a: 2, b: 1 }, { pointer: '', locale: 'zh-CN' })[0]!.pointer, '/a');
    assert.equal(checkRules([rule({ pointer: '/a' })], { a: 2, b: 1 }, { pointer: '/x/0', locale: 'zh-CN' })[0]!.pointer, '/x/0/a');
    assert.equal(checkRules([rule({ pointer: '' })], { a: 2, b: 1 }, { pointer: '/x', locale: 'zh-CN' })[0]!.pointer, '/x');
  });

  it('skips a rule whose when is false or unknown', () => {
    assert.deepEqual(checkRules([rule({ when: false })], { a: 2, b: 1 }, { pointer: '', locale: 'zh-CN' }), []);
    assert.deepEqual(checkRules([rule({ when: { var: 'on' } })], { a: 2, b: 1 }, { pointer: '', locale: 'zh-CN' }), []);
    assert.equal(checkRules([rule({ when: { var: 'on' } })], { a: 2, b: 1, on: true }, { pointer: '', locale: 'zh-CN' }).length, 1);
  });

  it('checks only objects', () => {
    assert.deepEqual(checkRules([rule()], null, { pointer: '', locale: 'zh-CN' }), []);
    assert.deepEqual(checkRules([rule()], [1, 2], { pointer: '', locale: 'zh-CN' }), []);
  });

  it('reads settings passed in the context', () => {
    const r = rule({ assert: { '<=': [{ var: 'a' }, { setting: 'limit' }] } });
    assert.equal(checkRules([r], { a: 5 }, { pointer: '', locale: 'zh-CN', settings: { limit: 4 } }).length, 1);
    assert.equal(checkRules([r], { a: 5 }, { pointer: '', locale: 'zh-CN', settings: { limit: 5 } }).length, 0);
    assert.equal(checkRules([r], { a: 5 }, { pointer: '', locale: 'zh-CN' }).length, 0, 'no setting: not known, passes');
  });

  it('refuses malformed rules with a message that names the place', () => {
    const bad: [unknown, RegExp][] = [
      [{ id: 'r' }, /must be an array/],
      [[rule({ id: 'has space' })], /id must be/],
      [[rule(), rule()], /duplicate rule id "r"/],
      [[rule({ message: { en: 'x' } })], /zh-CN/],
      [[rule({ pointer: 3 })], /pointer must be a string/],
      [[rule({ asert: true })], /unknown rule key/],
      [[rule({ assert: { similar: [1, 2] } })], /0\/assert: unknown operator "similar"/],
      [[rule({ params: { n: { nope: 1 } } })], /params\/n: unknown operator "nope"/],
    ];
    for (const [rules, pattern] of bad) assert.throws(() => assertRules(rules, '#/x-fz-rules'), pattern);
    assert.throws(() => checkRules([rule({ when: { bogus: 1 } })], {}, { pointer: '/m', locale: 'zh-CN' }), RuleSyntaxError);
  });

  it('every shipped schema has well-formed rules and derivations', () => {
    assert.doesNotThrow(() => assertSchemaRules(legalAidApplicationSchema));
    assert.doesNotThrow(() => assertSchemaRules(villageRuleSubmissionSchema));
  });

  it('assertSchemaRules finds a bad operator deep in a branch and says where', () => {
    const schema: SchemaObject = {
      type: 'object',
      allOf: [{ if: { required: ['a'] }, then: { properties: { b: { type: 'number', 'x-fz-derive': { expr: { '÷': [1, 2] } } } } } }],
    };
    assert.throws(() => assertSchemaRules(schema), (e: unknown) => e instanceof RuleSyntaxError && e.where === '#/allOf/0/then/properties/b/x-fz-derive/expr');
  });
});

describe('applyDerive', () => {
  const resolver = createResolver(legalAidApplicationSchema, [commonSchema]);
  const derive = (data: unknown, schema: SchemaObject = legalAidApplicationSchema) => applyDerive(schema, data, resolver, { now: NOW }) as Record<string, any>;

  it('fills age, birth date and sex from a resident identity number', () => {
    const out = derive({ applicant: { idType: 'resident-id', idNumber: '11010519491231002X' } });
    assert.deepEqual(out.applicant, { idType: 'resident-id', idNumber: '11010519491231002X', age: 76, gender: 'female', birthDate: '1949-12-31' });
  });

  it('the derived value wins over what was sent', () => {
    const out = derive({ applicant: { idType: 'resident-id', idNumber: '340524201205010024', age: 30, birthDate: '1990-01-01', gender: 'male' } });
    assert.equal(out.applicant.age, 14);
    assert.equal(out.applicant.birthDate, '2012-05-01');
    assert.equal(out.applicant.gender, 'female');
  });

  it('a passport holder keeps the birth date typed, and the age comes from it', () => {
    const out = derive({ applicant: { idType: 'passport', idNumber: 'E12345678', birthDate: '2010-06-01', gender: 'male' } });
    assert.equal(out.applicant.birthDate, '2010-06-01');
    assert.equal(out.applicant.gender, 'male');
    assert.equal(out.applicant.age, 16);
  });

  it('clears a derived value that can no longer be computed', () => {
    const out = derive({ applicant: { idType: 'passport', idNumber: 'E12345678', age: 9 } });
    assert.equal('age' in out.applicant, false);
  });

  it('computes per-head income in a branch-only section, rounded to fen', () => {
    const out = derive({ specialGroup: 'none', economy: { householdSize: 3, monthlyIncome: 1000 } });
    assert.equal(out.economy.perCapitaIncome, 333.33);
    assert.equal('localStandard' in out.economy, false, 'no standard configured');
    assert.equal('withinStandard' in out.economy, false);
    assert.equal('perCapitaIncome' in derive({ economy: { monthlyIncome: 1000, perCapitaIncome: 5 } }).economy, false);
  });

  it('compares with the province standard set in x-fz-settings (a county overlay), never a constant', () => {
    const configured = { ...legalAidApplicationSchema, 'x-fz-settings': { perCapitaIncomeStandard: 900 } };
    const below = derive({ economy: { householdSize: 3, monthlyIncome: 2400 } }, configured).economy;
    assert.deepEqual([below.perCapitaIncome, below.localStandard, below.withinStandard], [800, 900, true]);
    const above = derive({ economy: { householdSize: 2, monthlyIncome: 2400 } }, configured).economy;
    assert.deepEqual([above.perCapitaIncome, above.withinStandard], [1200, false]);
  });

  it('does not create objects that are absent and does not touch the input', () => {
    const input = { filedBy: 'self' };
    const out = derive(input);
    assert.deepEqual(out, { filedBy: 'self' });
    const nested = { applicant: { idType: 'resident-id', idNumber: '11010519491231002X' } };
    derive(nested);
    assert.deepEqual(nested, { applicant: { idType: 'resident-id', idNumber: '11010519491231002X' } });
  });

  it('derives inside array items and chains derived values', () => {
    const schema: SchemaObject = {
      type: 'object',
      properties: {
        rows: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              a: { type: 'number' },
              double: { type: 'number', 'x-fz-derive': { expr: { '*': [{ var: 'a' }, 2] } } },
              quadruple: { type: 'number', 'x-fz-derive': { expr: { '*': [{ var: 'double' }, 2] } } },
            },
          },
        },
        total: { type: 'integer', 'x-fz-derive': { expr: { count: { var: 'rows' } } } },
      },
    };
    const out = applyDerive(schema, { rows: [{ a: 1 }, { a: 3 }] }) as Record<string, any>;
    assert.deepEqual(out, { rows: [{ a: 1, double: 2, quadruple: 4 }, { a: 3, double: 6, quadruple: 12 }], total: 2 });
  });

  it('follows $ref to shared definitions and survives an unresolvable one', () => {
    const schema: SchemaObject = {
      type: 'object',
      properties: { x: { $ref: 'missing.schema.json#/$defs/x' }, n: { type: 'integer', 'x-fz-derive': { expr: 1 } } },
    };
    assert.deepEqual(applyDerive(schema, { x: { y: 1 } }), { x: { y: 1 }, n: 1 });
  });

  it('a malformed derivation throws at once', () => {
    const schema: SchemaObject = { type: 'object', properties: { n: { type: 'number', 'x-fz-derive': { expr: { nope: 1 } } } } };
    assert.throws(() => applyDerive(schema, {}), RuleSyntaxError);
    const noExpr: SchemaObject = { type: 'object', properties: { n: { type: 'number', 'x-fz-derive': { formula: 1 } } } };
    assert.throws(() => applyDerive(noExpr, {}), /expr/);
  });
});
