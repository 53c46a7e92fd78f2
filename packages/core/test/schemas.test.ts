import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { addFzVocabulary, fzKeywords } from '../src/ajv/fz-vocabulary.js';
import { checkData } from '../src/check.js';
import {
  commonSchema,
  fzVocabularySchema,
  legalAidApplicationSchema,
  schemasById,
  villageRuleSubmissionSchema,
} from '../src/generated/schemas.js';
import { examplesById } from '../src/generated/examples.js';
import { applyDerive, assertSchemaRules, checkRules } from '../src/rules/index.js';
import { createResolver } from '../src/schema/resolve.js';
import type { JsonSchema, SchemaObject } from '../src/types.js';

const schemasDir = join(import.meta.dirname, '../../../schemas');
const NOW = new Date('2026-11-24T04:00:00Z');
const CJK = /[\u4e00-\u9fff]/;
const dataSchemas = Object.values(schemasById).filter((s) => s !== fzVocabularySchema);
const formSchemas = dataSchemas.filter((s) => s !== commonSchema);

function newAjv(options: Parameters<typeof addFzVocabulary>[1] = {}) {
  // `uri` is a standard format that core treats as an annotation (links are checked when shown); a
  // county's ajv would add ajv-formats for it.
  const ajv = addFzVocabulary(new Ajv2020({ strict: true, strictRequired: false, allErrors: true, formats: { uri: true } }), options);
  for (const schema of dataSchemas) ajv.addSchema(schema);
  return ajv;
}
const ajv = newAjv();
const validatorFor = (schema: SchemaObject) => ajv.getSchema(schema.$id!)!;
const examplesOf = (schema: SchemaObject) => examplesById[schema.$id!] ?? [];

/** Every schema node in a document (not `examples`), with its JSON pointer. */
function* nodes(node: JsonSchema, where = '#', inCondition = false): Generator<[SchemaObject, string, boolean]> {
  if (!node || typeof node !== 'object') return;
  yield [node, where, inCondition];
  for (const key of ['properties', '$defs', 'dependentSchemas'] as const) {
    for (const [name, sub] of Object.entries(node[key] ?? {})) yield* nodes(sub, `${where}/${key}/${name}`, inCondition);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    for (const [i, sub] of (node[key] ?? []).entries()) yield* nodes(sub, `${where}/${key}/${i}`, inCondition);
  }
  for (const key of ['items', 'additionalProperties', 'then', 'else'] as const) {
    if (node[key] !== undefined) yield* nodes(node[key] as JsonSchema, `${where}/${key}`, inCondition);
  }
  if (node.if !== undefined) yield* nodes(node.if, `${where}/if`, true);
}

describe('schema files', () => {
  it('every file in schemas/ is generated into core, with a versioned $id that ends in its file name', () => {
    const files = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort();
    assert.deepEqual(files, Object.values(schemasById).map((s) => s.$id!.split('/').pop()).sort());
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as SchemaObject;
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', file);
      assert.match(schema.$id!, /^https:\/\/schemas\.fazhi\.dev\/v\d+\/[a-z-]+\.schema\.json$/, file);
      assert.ok(schema.$id!.endsWith(`/${file}`), file);
      const { examples, ...runtime } = schema as SchemaObject & { examples?: unknown[] };
      assert.deepEqual(schemasById[schema.$id!], runtime, `${file}: run npm run generate`);
      assert.deepEqual(examplesById[schema.$id!], examples, `${file}: run npm run generate`);
    }
  });

  it('reads schemas only from schemas/*.schema.json, never the translation catalogues in schemas/locales/', () => {
    const others = readdirSync(schemasDir).filter((f) => !f.endsWith('.schema.json')).sort();
    assert.deepEqual(others, ['locales', 'package.json']);
    const catalogues = readdirSync(join(schemasDir, 'locales'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    assert.ok(catalogues.length >= 2, 'schemas/locales/en/*.json');
    for (const file of catalogues) assert.doesNotMatch(file, /\.schema\.json$/, `schemas/locales/${file} would be taken for a schema`);
    for (const schema of Object.values(schemasById)) assert.doesNotMatch(schema.$id!, /\/locales\//);
  });

  it('uses only the documented keyword subset (plus annotations and x-fz-*)', () => {
    const allowed = new Set([
      'type', 'properties', 'required', 'additionalProperties', 'minLength', 'maxLength', 'pattern', 'enum', 'const', 'format',
      'minimum', 'maximum', 'items', 'minItems', 'maxItems', 'oneOf', 'anyOf', 'allOf', 'if', 'then', 'else',
      'dependentRequired', 'dependentSchemas', '$ref', '$defs',
      '$schema', '$id', 'title', 'description', 'default', 'examples',
    ]);
    for (const schema of dataSchemas) {
      for (const [node, where] of nodes(schema)) {
        for (const key of Object.keys(node)) {
          assert.ok(allowed.has(key) || key.startsWith('x-fz-'), `${schema.$id}${where.slice(1)}: keyword "${key}" is outside the documented subset`);
        }
      }
    }
  });

  it('every $ref resolves', () => {
    let count = 0;
    for (const schema of dataSchemas) {
      const resolver = createResolver(schema, [commonSchema]);
      for (const [node, where] of nodes(schema)) {
        if (!node.$ref) continue;
        count++;
        const target = resolver.deref({ $ref: node.$ref });
        assert.ok(target && typeof target === 'object' && Object.keys(target).length, `${schema.$id}${where.slice(1)}: ${node.$ref}`);
      }
    }
    assert.ok(count > 50, `only ${count} refs seen`);
  });

  it('every property has a Chinese title (branches may restate a titled property without one)', () => {
    for (const schema of dataSchemas) {
      const resolver = createResolver(schema, [commonSchema]);
      const titleOf = (sub: JsonSchema) => {
        const target = resolver.deref(sub);
        return typeof target === 'object' ? target.title : undefined;
      };
      const visit = (node: JsonSchema | undefined, where: string, titled: Set<string>): void => {
        if (!node || typeof node !== 'object') return;
        const here = new Set(titled);
        for (const [name, sub] of Object.entries(node.properties ?? {})) {
          const title = titleOf(sub);
          if (title) here.add(name);
          assert.ok((title && CJK.test(title)) || titled.has(name), `${schema.$id}${where.slice(1)}/properties/${name} has no Chinese title`);
          visit(sub, `${where}/properties/${name}`, new Set());
        }
        for (const [i, member] of (node.allOf ?? []).entries()) visit(member, `${where}/allOf/${i}`, here);
        visit(node.then, `${where}/then`, here);
        visit(node.else, `${where}/else`, here);
        for (const [name, sub] of Object.entries(node.dependentSchemas ?? {})) visit(sub, `${where}/dependentSchemas/${name}`, here);
        visit(node.items, `${where}/items`, new Set());
        for (const [name, def] of Object.entries(node.$defs ?? {})) visit(def, `${where}/$defs/${name}`, new Set());
      };
      visit(schema, '#', new Set());
    }
  });

  it('every labelled choice has a Chinese title on each option', () => {
    let choices = 0;
    for (const schema of dataSchemas) {
      for (const [node, where] of nodes(schema)) {
        const members = node.oneOf;
        if (!members?.every((m) => typeof m === 'object' && 'const' in m)) continue;
        choices++;
        for (const m of members as SchemaObject[]) assert.ok(m.title && CJK.test(m.title), `${schema.$id}${where.slice(1)}: option ${String(m.const)}`);
      }
    }
    assert.ok(choices > 30);
  });

  it('x-fz-steps name top-level properties, and every top-level property is on a step', () => {
    for (const schema of formSchemas.filter((s) => s['x-fz-steps'])) {
      const topLevel = new Set<string>();
      for (const [node, where, inCondition] of nodes(schema)) {
        // The root object's own declarations: its properties and those of its branches.
        if (inCondition || !/^#(\/allOf\/\d+(\/then|\/else)?)*$/.test(where)) continue;
        for (const name of Object.keys(node.properties ?? {})) topLevel.add(name);
      }
      const steps = schema['x-fz-steps'] as { id: string; fields: string[] }[];
      const onSteps = steps.flatMap((s) => s.fields);
      assert.equal(new Set(steps.map((s) => s.id)).size, steps.length, `${schema.$id}: step ids are unique`);
      for (const field of onSteps) assert.ok(topLevel.has(field), `${schema.$id}: step field ${field} is not a top-level property`);
      for (const name of topLevel) assert.ok(onSteps.includes(name), `${schema.$id}: ${name} is on no step`);
    }
  });

  it('every rule and derivation is well-formed', () => {
    for (const schema of dataSchemas) assert.doesNotThrow(() => assertSchemaRules(schema), String(schema.$id));
  });
});

describe('the fz vocabulary meta-schema', () => {
  const meta = new Ajv2020({ strict: false, allErrors: true });
  meta.addSchema(fzVocabularySchema);
  const validate = meta.getSchema(fzVocabularySchema.$id!)!;

  it('accepts every shipped schema', () => {
    for (const schema of dataSchemas) assert.ok(validate(schema), `${schema.$id}: ${JSON.stringify(validate.errors)}`);
  });

  it('rejects unknown x-fz keywords and bad values anywhere in a schema', () => {
    const bad: SchemaObject[] = [
      { properties: { a: { type: 'string', 'x-fz-widgett': 'text' } } },
      { properties: { a: { type: 'string', 'x-fz-widget': 'textera' } } },
      { properties: { a: { type: 'string', 'x-fz-pii': 'secret' } } },
      { properties: { a: { type: 'string', 'x-fz-mask': 'blur' } } },
      { 'x-fz-steps': [{ id: 'a', title: '一', fields: [] }] },
      { allOf: [{ then: { properties: { a: { 'x-fz-derive': { expr: { eval: 'x' } } } } } }] },
      { 'x-fz-rules': [{ id: 'r', assert: true, pointer: 'a', message: { en: 'no Chinese' } }] },
      { items: { 'x-fz-messages': { required: 3 } } },
    ];
    for (const schema of bad) assert.equal(validate(schema), false, JSON.stringify(schema));
  });

  it('accepts portal-registered custom widgets and the documented column forms', () => {
    assert.ok(validate({ properties: { a: { 'x-fz-widget': 'custom-signature', 'x-fz-column': { order: 1, filter: 'tabs' } }, b: { 'x-fz-column': true }, c: { 'x-fz-column': 2 } } }));
  });
});

describe('ajv 2020 with addFzVocabulary (strict mode)', () => {
  it('registers every keyword of the vocabulary', () => {
    const keywords = Object.keys(fzKeywords());
    assert.deepEqual(keywords, Object.keys(fzVocabularySchema.properties!));
    for (const k of keywords) assert.ok(ajv.getKeyword(k), k);
  });

  it('compiles every schema and every example validates', () => {
    let examples = 0;
    for (const schema of formSchemas) {
      const validate = validatorFor(schema);
      const list = examplesOf(schema);
      assert.ok(list?.length, `${schema.$id} has no examples`);
      for (const [i, example] of list.entries()) {
        examples++;
        assert.ok(validate(example), `${schema.$id} example ${i}: ${JSON.stringify(validate.errors)}`);
      }
    }
    assert.ok(examples >= 13);
  });

  it('refuses a malformed fz keyword when a schema is compiled', () => {
    const strict = newAjv();
    assert.throws(() => strict.compile({ type: 'object', properties: { a: { type: 'string', 'x-fz-widget': 'textera' } } }), /x-fz-widget/);
    assert.throws(() => strict.compile({ type: 'object', properties: { a: { type: 'string', 'x-fz-unknown': 1 } } }), /unknown keyword/);
    assert.throws(
      () => strict.compile({ type: 'object', 'x-fz-rules': [{ id: 'r', assert: { '/': [1] }, pointer: 'a', message: { 'zh-CN': '错' } }] }),
      /takes 2 argument/,
    );
  });

  it('validates the cn-* formats as core does', () => {
    const v = ajv.compile({ type: 'string', format: 'cn-id-card' });
    assert.equal(v('11010519491231002X'), true);
    assert.equal(v('11010519491231002x'), true, 'normalised first');
    assert.equal(v('110105194912310021'), false);
    assert.equal(ajv.compile({ type: 'string', format: 'cn-uscc' })('91350100M000100Y43'), true);
    assert.equal(ajv.compile({ type: 'string', format: 'cn-mobile' })('1380013800'), false);
  });

  it('enforces x-fz-rules with the very message core gives (the server and the browser agree)', () => {
    const [example] = examplesOf(villageRuleSubmissionSchema);
    const bad = { ...example, meeting: { ...example!.meeting, inFavour: 600, against: 0, abstain: 0 } };
    const validate = validatorFor(villageRuleSubmissionSchema);
    assert.equal(validate(bad), false);
    const ruleErrors = validate.errors!.filter((e) => e.keyword === 'x-fz-rules');
    const meeting = (villageRuleSubmissionSchema.properties!.meeting as SchemaObject)['x-fz-rules'];
    const core = checkRules(meeting, bad.meeting, { pointer: '/meeting', locale: 'zh-CN' });
    assert.deepEqual(
      ruleErrors.map((e) => ({ pointer: e.params.pointer, code: e.params.code, message: e.message })),
      core.map((e) => ({ pointer: e.pointer, code: e.code, message: e.message })),
    );
    assert.equal(ruleErrors[0]!.instancePath, '/meeting');
    assert.equal(newAjv({ rules: 'annotate' }).getSchema(villageRuleSubmissionSchema.$id!)!(bad), true);
  });

  it('rule messages follow the locale option', () => {
    const validate = newAjv({ locale: 'en' }).getSchema(villageRuleSubmissionSchema.$id!)!;
    const [example] = examplesOf(villageRuleSubmissionSchema);
    validate({ ...example, meeting: { ...example!.meeting, present: 900 } });
    assert.ok(validate.errors!.some((e) => e.message === 'Attendance cannot exceed the number entitled (820)'));
  });
});

describe('examples through core (derive → prune → validate)', () => {
  it('every example passes checkData unchanged, and its derived values are what core computes', () => {
    for (const schema of formSchemas) {
      const resolver = createResolver(schema, [commonSchema]);
      for (const [i, example] of examplesOf(schema).entries()) {
        const result = checkData(schema, example, { shared: [commonSchema] });
        assert.deepEqual(result.errors, [], `${schema.$id} example ${i}`);
        assert.deepEqual(result.data, example, `${schema.$id} example ${i}: nothing pruned`);
        assert.deepEqual(applyDerive(schema, example, resolver, { now: NOW }), example, `${schema.$id} example ${i}: derived values`);
      }
    }
  });
});

describe('legal-aid application: the law as schema logic (ajv as the oracle)', () => {
  const validate = validatorFor(legalAidApplicationSchema);
  const resolver = createResolver(legalAidApplicationSchema, [commonSchema]);
  const [worker, ordinary, abuse, minor] = examplesOf(legalAidApplicationSchema);
  /** Derived first, as every caller must, then the ajv verdict as pointers of what is missing or wrong. */
  const problems = (data: Record<string, unknown>) => {
    const derived = applyDerive(legalAidApplicationSchema, data, resolver, { now: NOW });
    if (validate(derived)) return [];
    return validate.errors!.map((e) =>
      e.keyword === 'required' ? `${e.instancePath}/${e.params.missingProperty}` : e.keyword === 'x-fz-rules' ? `${e.params.pointer} ${e.params.code}` : `${e.instancePath} ${e.keyword}`,
    );
  };
  const without = (data: Record<string, any>, ...keys: string[]) => Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k)));

  it('an applicant under 18 (age from the identity number) needs a representative (第40条)', () => {
    assert.ok(problems({ ...without(minor!, 'representative'), filedBy: 'self' }).includes('/representative'));
    assert.deepEqual(problems(minor!), []);
  });

  it('the representative of a minor is a guardian or a close relative', () => {
    const entrusted = { ...minor!, representative: { ...minor!.representative, relation: 'entrusted' } };
    assert.deepEqual(problems(entrusted), ['/representative/relation rule.minor-representative']);
  });

  it('an adult who cannot handle their own affairs needs a representative too', () => {
    const limited = { ...worker!, applicant: { ...worker!.applicant, capacity: 'limited' } };
    assert.ok(problems(limited).includes('/representative'));
  });

  it('applying through someone else asks for that person', () => {
    assert.ok(problems({ ...ordinary!, filedBy: 'agent' }).includes('/representative'));
  });

  it('a 第32条 matter (domestic violence) has no economic section, but asks for separate sensitive consent', () => {
    assert.deepEqual(problems(abuse!), []);
    assert.ok(problems(without(abuse!, 'sensitiveConsent')).includes('/sensitiveConsent'));
  });

  it('a 第42条 group skips the economic section but must upload proof', () => {
    assert.deepEqual(problems(worker!), []);
    assert.ok(problems(without(worker!, 'exemptionProof')).includes('/exemptionProof'));
    const lowIncome = { ...worker!, specialGroup: 'social-assistance' };
    assert.ok(problems(lowIncome).includes('/sensitiveConsent'), '低保 status is sensitive');
  });

  it('otherwise the household economy is required', () => {
    assert.ok(problems(without(ordinary!, 'economy')).includes('/economy'));
    assert.ok(problems(without(ordinary!, 'specialGroup')).includes('/specialGroup'));
  });

  it('under 14 asks for the guardian’s consent and sensitive consent (个人信息保护法 第28、31条)', () => {
    const young = { ...minor!, applicant: { ...minor!.applicant, idNumber: '340524201503010049' } };
    const found = problems(young);
    assert.ok(found.includes('/guardianConsent') && found.includes('/sensitiveConsent'), found.join());
    assert.deepEqual(problems({ ...young, guardianConsent: true, sensitiveConsent: true }), []);
  });

  it('the handling authority is required once a procedure has started (第38条)', () => {
    assert.ok(problems({ ...worker!, matter: without(worker!.matter, 'authority') }).includes('/matter/authority'));
    assert.deepEqual(problems({ ...ordinary!, matter: without(ordinary!.matter, 'authority') }), []);
  });

  it('an urgent deadline asks for its date (第44条)', () => {
    assert.ok(problems({ ...worker!, urgency: { kind: 'deadline' } }).includes('/urgency/deadline'));
  });

  it('the pledge and the notice must be ticked', () => {
    const found = problems({ ...ordinary!, pledge: false, consent: undefined });
    assert.ok(found.includes('/pledge const') && found.includes('/consent'), found.join());
  });
});
