import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withDeepLink } from '@fazhi/form';
import { decisionLinkId, isLinked, parseNoticeLink } from '../src/fz-enforcement-notice/deep-link.js';
import { publicDecision } from '../src/fz-enforcement-notice/public-view.js';
import { DEFAULT_MASK_RULES } from '@fazhi/core';

describe('notice deep links', () => {
  it('reads a view and an optional id; an unknown view is no link', () => {
    assert.deepEqual(parseNoticeLink('decisions/D2'), { view: 'decisions', id: 'D2' });
    assert.deepEqual(parseNoticeLink('decisions/某市监罚〔2026〕1号'), { view: 'decisions', id: '某市监罚〔2026〕1号' });
    assert.deepEqual(parseNoticeLink('matters'), { view: 'matters', id: undefined });
    assert.equal(parseNoticeLink('secrets/1'), undefined);
    assert.equal(parseNoticeLink(undefined), undefined);
  });

  it('sets or removes only its own part of the hash', () => {
    assert.equal(withDeepLink('#a=1&fz-x=decisions/D1', 'fz-x', 'decisions/D2'), '#a=1&fz-x=decisions/D2');
    assert.equal(withDeepLink('#a=1&fz-x=decisions/D1', 'fz-x', undefined), '#a=1');
    assert.equal(withDeepLink('#fz-x=matters', 'fz-x', undefined), '');
    assert.equal(withDeepLink('', 'fz-x', 'decisions/D1'), '#fz-x=decisions/D1');
    assert.equal(withDeepLink('#fz-xy=1', 'fz-x', undefined), '#fz-xy=1');
  });

  it('links a decision by its safe id, else by its 文号', () => {
    const base = { docNo: '某罚〔2026〕1号', partyType: 'legal-entity', partyName: '某公司', status: 'valid' };
    const withId = publicDecision({ ...base, id: 'D-1' }, DEFAULT_MASK_RULES)!;
    assert.equal(decisionLinkId(withId), 'D-1');
    assert.ok(isLinked(withId, 'D-1') && isLinked(withId, '某罚〔2026〕1号'));
    // An id that could be an identity or phone number, or is not plain text, is dropped.
    for (const id of ['34052419800101001X', '13812345678', 'a b', { x: 1 }]) {
      const d = publicDecision({ ...base, id }, DEFAULT_MASK_RULES)!;
      assert.equal(d.id, undefined, String(id));
      assert.equal(decisionLinkId(d), '某罚〔2026〕1号');
    }
  });
});
