import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { schemasById, type SchemaObject } from '@fazhi/core';
import legalAid from '@fazhi/schemas/legal-aid-application.schema.json' with { type: 'json' };
import { checkOverlay, checkSchemaDocument, formatIssue, parseJsonText, type CountyIssue } from '../src/county/index.js';

/** The JSON file an editor changes, with the law's reasons beside each lock. */
const base = legalAid as unknown as SchemaObject;
const codes = (issues: CountyIssue[]) => issues.map((i) => i.code);
const errors = (issues: CountyIssue[]) => issues.filter((i) => i.severity === 'error');
const only = (issues: CountyIssue[], code: string) => {
  const found = issues.filter((i) => i.code === code);
  assert.equal(found.length, 1, `expected one ${code} in ${JSON.stringify(issues, null, 1)}`);
  return found[0];
};
const overlay = (value: unknown) => JSON.stringify(value, null, 2);

describe('county files: JSON syntax, said with the line', () => {
  it('a trailing comma after the last key names its line', () => {
    const text = '{\n  "properties": {\n    "facts": {\n      "title": "事情经过",\n    }\n  }\n}\n';
    const issue = only(checkOverlay(base, text, { file: 'overlays/legal-aid-application.json' }).issues, 'json.syntax');
    assert.equal(issue.line, 5);
    assert.match(issue.message, /多了逗号/);
    assert.equal(formatIssue(issue), 'overlays/legal-aid-application.json 第 5 行：最后一项后面多了逗号，请删掉这个逗号');
  });

  it('a missing comma, single quotes, Chinese punctuation, comments and an empty file each get their own words', () => {
    const said = (text: string) => only(parseJsonText(text).issues, 'json.syntax');
    assert.match(said('{\n "a": 1\n "b": 2\n}').message, /少了逗号/);
    assert.equal(said('{\n "a": 1\n "b": 2\n}').line, 3);
    assert.match(said("{ 'a': 1 }").message, /单引号/);
    assert.match(said('{ "a"：1 }').message, /中文标点|冒号/);
    assert.match(said('{ "a": 1 } // 注释').message, /注释/);
    assert.match(said('').message, /空的/);
    assert.match(said('{ "a": "没有结束 }').message, /双引号/);
  });

  it('a key written twice in one object is refused, since only the last one would count', () => {
    const issue = only(parseJsonText('{\n "title": "甲",\n "title": "乙"\n}').issues, 'json.duplicate-key');
    assert.equal(issue.line, 3);
  });
});

describe('county overlays: what an editor gets wrong', () => {
  it('accepts the five changes a county really makes, with no error', () => {
    const aidForm = (base.properties!.matter as SchemaObject).properties!.aidForm as SchemaObject;
    const result = checkOverlay(
      base,
      overlay({
        'x-fz-settings': { perCapitaIncomeStandard: 1350 },
        properties: {
          facts: { title: '事情经过' },
          matter: {
            required: ['aidForm', 'type', 'stage', 'opposingParty'],
            properties: { aidForm: { oneOf: aidForm.oneOf!.filter((o) => (o as { const: string }).const !== 'duty-lawyer') } },
          },
          contact: { properties: { wechat: { type: 'string', title: '微信号', maxLength: 40, 'x-fz-pii': 'pi', 'x-fz-purpose': '联系申请人' } } },
        },
      }),
    );
    assert.deepEqual(errors(result.issues), []);
    assert.ok(result.ok);
    // Dropping an option is allowed, and said plainly, so a slip is seen.
    assert.match(only(result.issues, 'overlay.replaced-oneOf').message, /值班律师法律帮助/);
    assert.equal(((result.merged!.properties!.facts) as SchemaObject).title, '事情经过');
  });

  it('a misspelt field name is refused with the name meant, not added as a stray field', () => {
    const text = overlay({ properties: { matter: { properties: { fatcs: { title: '事情经过' } } } } });
    const result = checkOverlay(base, overlay({ properties: { fatcs: { title: '事情经过' } } }));
    assert.match(only(result.issues, 'overlay.unknown-field').message, /要新增字段，请写出完整的字段定义.*“facts”/);
    const nested = only(checkOverlay(base, text, { file: 'o.json' }).issues, 'overlay.unknown-field');
    assert.equal(nested.line, 5);
    assert.match(formatIssue(nested), /^o\.json 第 5 行 properties\.matter\.properties\.fatcs：原表单没有这个字段/);
  });

  it('a misspelt keyword is refused with the keyword meant', () => {
    const result = checkOverlay(base, overlay({ properties: { contact: { properties: { wechat: { type: 'string', tilte: '微信号', 'x-fz-pii': 'pi' } } } } }));
    assert.match(only(result.issues, 'schema.unknown-keyword').message, /“tilte”.*“title”/);
    const fz = checkOverlay(base, overlay({ 'x-fz-setings': { perCapitaIncomeStandard: 1350 } }));
    assert.match(only(fz.issues, 'schema.unknown-fz-keyword').message, /“x-fz-settings”/);
  });

  it('values the vocabulary does not allow are refused: a standard written "1350元", a widget or a privacy level misspelt', () => {
    const standard = checkOverlay(base, overlay({ 'x-fz-settings': { perCapitaIncomeStandard: '1350元' } }));
    assert.equal(only(standard.issues, 'schema.fz-value').pointer, '/x-fz-settings');
    assert.equal(standard.ok, false);
    const widget = checkOverlay(base, overlay({ properties: { facts: { 'x-fz-widget': 'text-area' } } }));
    assert.match(only(widget.issues, 'schema.fz-value').message, /x-fz-widget/);
    const pii = checkOverlay(base, overlay({ properties: { facts: { 'x-fz-pii': 'secret' } } }));
    assert.match(only(pii.issues, 'schema.fz-value').message, /只能是 none、pi、sensitive 之一/);
  });

  it('a required name with no field is refused, since every citizen would be stuck at that step', () => {
    const result = checkOverlay(base, overlay({ properties: { matter: { required: ['aidForm', 'type', 'stage', 'opposingPaty'] } } }));
    const issue = only(result.issues, 'schema.required-unknown');
    assert.equal(issue.pointer, '/properties/matter/required/3');
    assert.match(issue.message, /“opposingParty”/);
    assert.match(only(checkOverlay(base, overlay({ properties: { matter: { required: 'opposingParty' } } })).issues, 'schema.required-shape').message, /列表/);
  });

  it('writing required as if it appended is said: the fields it drops become optional', () => {
    const result = checkOverlay(base, overlay({ properties: { matter: { required: ['opposingParty'] } } }));
    // matter.type is the law's (法律援助法第三十一条): refused; aidForm and stage are the county's: a warning names them.
    assert.match(only(result.issues, 'locked.required').message, /遇到的是哪类事情.*不能改成选填/);
    assert.match(only(result.issues, 'overlay.replaced-required').message, /“aidForm”、“type”、“stage”从必填变成了选填/);
    assert.equal(result.ok, false);
  });

  it('a rule that does not parse is refused at load, naming where', () => {
    const rules = [{ id: 'cap', assert: { '=<': [{ var: 'economy/monthlyIncome' }, 100000] }, pointer: 'economy/monthlyIncome', message: { 'zh-CN': '收入太高' } }];
    const result = checkOverlay(base, overlay({ 'x-fz-rules': rules }));
    const issue = only(result.issues, 'schema.rule');
    assert.match(issue.pointer, /^\/x-fz-rules/);
    assert.match(issue.message, /=</);
  });

  it('a $ref that resolves to nothing is refused', () => {
    const result = checkOverlay(base, overlay({ properties: { contact: { properties: { wechat: { $ref: 'common.schema.json#/$defs/wechatId', title: '微信号' } } } } }));
    assert.match(only(result.issues, 'schema.ref').message, /wechatId/);
  });

  it('the parts of the law cannot be removed, made optional or loosened; relabelling them is free', () => {
    assert.equal(only(checkOverlay(base, overlay({ properties: { facts: null } })).issues, 'locked.removed').pointer, '/properties/facts');
    const optional = checkOverlay(base, overlay({ required: ['applicant', 'filedBy', 'contact', 'matter', 'request', 'urgency', 'pledge', 'consent'] }));
    assert.match(only(optional.issues, 'locked.required').message, /案情和申请理由.*不能改成选填/);
    const type = (base.properties!.matter as SchemaObject).properties!.type as SchemaObject;
    const fewer = checkOverlay(base, overlay({ properties: { matter: { properties: { type: { oneOf: type.oneOf!.slice(1) } } } } }));
    assert.match(only(fewer.issues, 'locked.changed').message, /法律援助法第三十一条/);
    const shorter = checkOverlay(base, overlay({ properties: { facts: { minLength: 200 } } }));
    assert.equal(only(shorter.issues, 'locked.changed').pointer, '/properties/facts');
    const relabelled = checkOverlay(base, overlay({ properties: { facts: { title: '事情经过', description: '写清楚发生了什么' }, matter: { properties: { type: { title: '事情类别' } } } } }));
    assert.deepEqual(errors(relabelled.issues), []);
    const added = checkOverlay(base, overlay({ properties: { matter: { properties: { type: { oneOf: [...type.oneOf!, { const: 'local-extra', title: '本省规定的其他事项' }] } } } } }));
    assert.deepEqual(errors(added.issues), []);
  });

  it('the law\'s conditions cannot be dropped by replacing allOf', () => {
    const result = checkOverlay(base, overlay({ allOf: (base.allOf as SchemaObject[]).slice(1) }));
    assert.ok(codes(result.issues).includes('locked.changed'));
    assert.equal(result.ok, false);
  });
});

describe('whole schemas', () => {
  it('every built-in form and record schema passes its own check', () => {
    for (const [id, schema] of Object.entries(schemasById)) {
      if (id.includes('fz-vocabulary')) continue; // the meta-schema, not a form
      assert.deepEqual(checkSchemaDocument(schema), [], id);
    }
  });

  it('a county form with a keyword the checker cannot compile is refused, naming it', () => {
    const issues = checkSchemaDocument({ $id: 'https://county.example/v1/mediation.schema.json', type: 'object', properties: { a: { type: 'string', minProperties: 1 } } });
    assert.match(only(issues, 'schema.compile').message, /minProperties/);
  });

  it('older drafts\' keywords are named with their 2020-12 spelling', () => {
    const issues = checkSchemaDocument({ $id: 'https://county.example/v1/x.schema.json', type: 'object', definitions: {} });
    assert.match(only(issues, 'schema.old-keyword').message, /\$defs/);
  });
});
