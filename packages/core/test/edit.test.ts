import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { getAt, legalAidApplicationSchema, mergePatch, schemasById, type SchemaObject } from '@fazhi/core';
import {
  addField,
  addOption,
  applyOperation,
  diffMergePatch,
  jsonEqual,
  moveField,
  moveOption,
  relabel,
  relabelOption,
  removeField,
  removeOption,
  setKeyword,
  setRequired,
  type Operation,
} from '../src/edit/index.js';

const base = legalAidApplicationSchema as SchemaObject;
const text = (doc: unknown) => JSON.stringify(doc, null, 2);
const run = (doc: SchemaObject, op: Operation) => applyOperation(doc, op).doc;

describe('editing operations', () => {
  it('relabel, help and limits change only what they name, and keep unknown keywords and x- extensions', () => {
    const doc = { ...base, 'x-county-note': { kept: true } } as SchemaObject;
    const next = run(run(run(doc, relabel(doc, '/properties/facts', '事情经过')), setKeyword(doc, '/properties/facts', 'x-fz-help', '写清楚时间、地点和经过')), setKeyword(doc, '/properties/facts', 'maxLength', 3000));
    const facts = getAt(next, '/properties/facts') as SchemaObject;
    assert.equal(facts.title, '事情经过');
    assert.equal(facts['x-fz-help'], '写清楚时间、地点和经过');
    assert.equal(facts.maxLength, 3000);
    assert.equal(facts['x-fz-locked'], (base.properties!.facts as SchemaObject)['x-fz-locked']);
    assert.deepEqual((next as Record<string, unknown>)['x-county-note'], { kept: true });
    const keys = Object.keys(base.properties!.facts as object);
    assert.deepEqual(Object.keys(facts), [...keys, 'x-fz-help'], 'keys stay where they were; a new one goes last');
  });

  it('adds a field where it is put, required and in a step; removing it takes it out of both', () => {
    const wechat: SchemaObject = { type: 'string', title: '微信号', maxLength: 40, 'x-fz-pii': 'pi' };
    const added = run(base, addField(base, 'wechat', wechat, { parent: '/properties/contact', index: 1, required: true }));
    assert.deepEqual(Object.keys(getAt(added, '/properties/contact/properties') as object).slice(0, 3), ['phone', 'wechat', 'address']);
    assert.ok((getAt(added, '/properties/contact/required') as string[]).includes('wechat'));
    const top = run(base, addField(base, 'mediation', { type: 'boolean', title: '是否已经调解过' }, { parent: '', step: 2 }));
    assert.ok((getAt(top, '/x-fz-steps/2/fields') as string[]).includes('mediation'));
    const removed = run(top, removeField(top, '/properties/mediation'));
    assert.equal(text(removed), text(base));
  });

  it('moves a field across sections and steps, keeping it required', () => {
    const moved = run(base, moveField(base, '/properties/request', { parent: '', step: 0, index: 2 }));
    assert.ok((getAt(moved, '/x-fz-steps/0/fields') as string[]).includes('request'));
    assert.ok(!(getAt(moved, '/x-fz-steps/2/fields') as string[]).includes('request'));
    assert.ok((moved.required as string[]).includes('request'));
    const into = run(base, moveField(base, '/properties/request', { parent: '/properties/matter' }));
    assert.equal(getAt(into, '/properties/request'), undefined);
    assert.ok((getAt(into, '/properties/matter/required') as string[]).includes('request'));
  });

  it('options: relabelling never changes the stored value; add, remove and reorder', () => {
    const field = '/properties/matter/properties/aidForm';
    const before = getAt(base, `${field}/oneOf/0`) as { const: string };
    const relabelled = run(base, relabelOption(base, field, 0, '只想问问'));
    assert.deepEqual(getAt(relabelled, `${field}/oneOf/0`), { ...before, title: '只想问问' });
    const n = (getAt(base, `${field}/oneOf`) as unknown[]).length;
    const more = run(base, addOption(base, field, { const: 'mediation', title: '调解' }, 1));
    assert.equal((getAt(more, `${field}/oneOf/1`) as { const: string }).const, 'mediation');
    const fewer = run(base, removeOption(base, field, n - 1));
    assert.equal((getAt(fewer, `${field}/oneOf`) as unknown[]).length, n - 1);
    const reordered = run(base, moveOption(base, field, 0, 2));
    assert.equal((getAt(reordered, `${field}/oneOf/2`) as { const: string }).const, before.const);
  });
});

/** Places in the legal-aid schema an editor works on, for random operation sequences. */
const FIELDS = ['/properties/facts', '/properties/request', '/properties/contact/properties/phone', '/properties/contact/properties/postalCode', '/properties/matter/properties/opposingParty', '/properties/urgency'];
const CHOICE = '/properties/matter/properties/aidForm';

/** An operation valid on `doc` chosen by the numbers fast-check draws (skipped when it does not apply). */
function pick(doc: SchemaObject, kind: number, a: number, b: number, word: string): Operation | undefined {
  const fields = FIELDS.filter((f) => getAt(doc, f) !== undefined);
  const field = fields[a % Math.max(fields.length, 1)];
  const options = (getAt(doc, `${CHOICE}/oneOf`) as unknown[] | undefined) ?? [];
  try {
    switch (kind % 10) {
      case 0: return field ? relabel(doc, field, word) : undefined;
      case 1: return field ? setKeyword(doc, field, ['x-fz-help', 'description', 'x-fz-placeholder', 'x-custom'][b % 4], b % 5 === 0 ? undefined : word) : undefined;
      case 2: return field ? setRequired(doc, field, b % 2 === 0) : undefined;
      case 3: return addField(doc, `f${a}x${b}`, { type: 'string', title: word, 'x-fz-pii': 'none' }, { parent: b % 2 ? '' : '/properties/contact', index: a % 4, step: b % 6, required: a % 2 === 0 });
      case 4: return field && fields.length > 1 ? removeField(doc, field) : undefined;
      case 5: return field ? moveField(doc, field, { parent: b % 2 ? '' : '/properties/matter', index: a % 3, step: b % 6 }) : undefined;
      case 6: return addOption(doc, CHOICE, { const: `v${a}-${b}`, title: word }, options.length ? a % options.length : 0);
      case 7: return options.length > 1 ? removeOption(doc, CHOICE, a % options.length) : undefined;
      case 8: return options.length > 1 ? moveOption(doc, CHOICE, a % options.length, b % options.length) : undefined;
      default: return options.length ? relabelOption(doc, CHOICE, a % options.length, word) : undefined;
    }
  } catch {
    return undefined; // e.g. a field of that name is already there
  }
}

describe('undo and the county overlay, over random edit sequences', () => {
  const step = fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 8 }));

  it('undoing every operation, newest first, gives back the exact document, byte for byte', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let doc = base;
        const undos: Operation[] = [];
        const texts = [text(doc)];
        for (const [kind, a, b, word] of steps) {
          const op = pick(doc, kind, a, b, word);
          if (!op) continue;
          const result = applyOperation(doc, op);
          doc = result.doc;
          undos.push(result.undo);
          texts.push(text(doc));
        }
        for (let i = undos.length - 1; i >= 0; i--) {
          doc = applyOperation(doc, undos[i]).doc;
          assert.equal(text(doc), texts[i]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the minimal overlay applied to the base gives back the edited schema, and says nothing unchanged', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
        let doc = base;
        for (const [kind, a, b, word] of steps) {
          const op = pick(doc, kind, a, b, word);
          if (op) doc = applyOperation(doc, op).doc;
        }
        const patch = diffMergePatch(base, doc) as Record<string, unknown>;
        assert.ok(jsonEqual(mergePatch(base, patch), doc));
        for (const key of Object.keys(patch)) assert.ok(!jsonEqual((base as Record<string, unknown>)[key], (doc as Record<string, unknown>)[key]), `${key} is in the patch but unchanged`);
        // The same edits always give the same file.
        assert.equal(text(diffMergePatch(base, structuredClone(doc))), text(patch));
      }),
      { numRuns: 200 },
    );
  });

  it('opening every schema and saving without edits gives an empty overlay', () => {
    for (const schema of Object.values(schemasById)) assert.deepEqual(diffMergePatch(schema, structuredClone(schema)), {});
  });

  it('an overlay is as small as the change: one relabel is one key, a dropped option replaces only that list', () => {
    const relabelled = run(base, relabel(base, '/properties/facts', '事情经过'));
    assert.deepEqual(diffMergePatch(base, relabelled), { properties: { facts: { title: '事情经过' } } });
    const field = '/properties/matter/properties/aidForm';
    const fewer = run(base, removeOption(base, field, 0));
    assert.deepEqual(diffMergePatch(base, fewer), { properties: { matter: { properties: { aidForm: { oneOf: getAt(fewer, `${field}/oneOf`) } } } } });
    const removed = run(base, removeField(base, '/properties/contact/properties/postalCode'));
    assert.deepEqual(diffMergePatch(base, removed), { properties: { contact: { properties: { postalCode: null } } } });
  });
});

describe('what an overlay changes, in plain words', () => {
  it('names fields by their titles', async () => {
    const { summarizeOverlay } = await import('../src/edit/index.js');
    const lines = summarizeOverlay(base, {
      'x-fz-settings': { perCapitaIncomeStandard: 1350 },
      properties: {
        facts: { title: '事情经过' },
        contact: { properties: { wechat: { type: 'string', title: '微信号' }, postalCode: null } },
        matter: { properties: { aidForm: { oneOf: [] } } },
      },
    });
    assert.deepEqual(lines, ['设置 perCapitaIncomeStandard 为 1350', '“案情和申请理由”的标题改为“事情经过”', '新增字段“微信号”', '删除字段“邮政编码”', '修改“需要哪种法律援助”的选项']);
  });
});
