import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { legalAidApplicationSchema, mergePatch, schemasById, type SchemaObject } from '@fazhi/core';
import { relabel, setKeyword, setRequired } from '@fazhi/core/edit';
import { DesignSession } from '../src/fz-form-designer/session.js';

const text = (value: unknown) => JSON.stringify(value);
const FACTS = '/properties/facts';

describe('DesignSession', () => {
  it('opens every built-in schema without edits as an empty overlay and as the same whole form', () => {
    for (const [id, schema] of Object.entries(schemasById)) {
      assert.equal(DesignSession.withOverlay(schema, {}).fileText, '{}\n', id);
      assert.equal(new DesignSession(undefined, schema).fileText, `${JSON.stringify(schema, null, 2)}\n`, id);
    }
  });

  it('writes the same overlay bytes for the same edits, and the overlay gives back the edited form', () => {
    const edit = () => {
      const session = DesignSession.withOverlay(legalAidApplicationSchema, {});
      session.apply(relabel(session.doc, FACTS, '案情经过'), FACTS);
      session.apply(setRequired(session.doc, '/properties/applicant/properties/age', true), FACTS);
      return session;
    };
    const [a, b] = [edit(), edit()];
    assert.equal(a.fileText, b.fileText);
    assert.deepEqual(mergePatch(legalAidApplicationSchema, JSON.parse(a.fileText)), a.doc);
  });

  it('undoes a run of keystrokes in one step and every step back to the exact text, whatever was typed', () => {
    const keyword = fc.constantFrom('title', 'description', 'x-fz-placeholder');
    // A run: keystrokes into one setting (an empty value removes the keyword), then the editor moves on.
    const run = fc.tuple(keyword, fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(run, { maxLength: 6 }), (runs) => {
        const session = DesignSession.withOverlay(legalAidApplicationSchema, {});
        const states: string[] = [text(session.doc)];
        for (const [name, values] of runs) {
          let changed = false;
          for (const value of values) {
            const operation = name === 'title' && value ? relabel(session.doc, FACTS, value) : setKeyword(session.doc, FACTS, name, value || undefined);
            changed = session.apply(operation, FACTS, `prop-${name}`, `${FACTS}|${name}`) || changed;
          }
          session.settle();
          if (changed) states.push(text(session.doc));
        }
        for (let i = states.length - 1; i > 0; i--) {
          assert.equal(text(session.doc), states[i]);
          session.undo();
        }
        assert.equal(text(session.doc), states[0]);
        assert.equal(session.canUndo, false);
        while (session.canRedo) session.redo();
        assert.equal(text(session.doc), states[states.length - 1]);
      }),
      { numRuns: 200 },
    );
  });

  it('says the word a run of keystrokes made, from what it was before the run', () => {
    const session = DesignSession.withOverlay(legalAidApplicationSchema, {});
    for (const title of ['案', '案情', '案情经过']) {
      const typing = `${FACTS}|title`;
      const operation = relabel(session.doc, FACTS, title);
      session.apply({ ...operation, label: relabel(session.labelBase(typing), FACTS, title).label }, FACTS, 'prop-title', typing);
    }
    assert.equal(session.undoLabel, '把“案情和申请理由”改名为“案情经过”');
    assert.equal(session.undo()?.label, '已撤销：把“案情和申请理由”改名为“案情经过”');
    assert.equal((session.doc.properties as Record<string, SchemaObject>).facts.title, '案情和申请理由');
  });
});
