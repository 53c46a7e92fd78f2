import { expect } from '@open-wc/testing';
import { ELEMENTS, openPortal, place, rootOf, type Placed, type Portal } from './portal.js';
import { STATES } from './views.js';

// Care mode promises targets of 44 px or more: every button, link and control a citizen can press
// in every view of every built drop-in, on a phone, under the hostile portal page's CSS.

const MIN = 44;

function smallTargets(el: Placed, win: Window): string[] {
  return [...rootOf(el).querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, [role="tab"]')]
    .filter((t) => t.getClientRects().length && win.getComputedStyle(t).visibility !== 'hidden')
    .map((t) => ({ t, box: t.getBoundingClientRect() }))
    .filter(({ box }) => box.height < MIN)
    .map(({ t, box }) => `${t.localName}.${t.className} “${(t.textContent || t.getAttribute('aria-label') || '').trim().slice(0, 12)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
}

describe('built drop-ins on a hostile portal page: care-mode targets', () => {
  let portal: Portal | undefined;
  afterEach(() => portal?.frame.remove());

  for (const spec of ELEMENTS) {
    it(`${spec.tag}: every target is ${MIN} px high or more in care mode at 390 px, in every view`, async () => {
      const found: string[] = [];
      for (const state of STATES[spec.tag]!) {
        portal?.frame.remove();
        portal = await openPortal(spec.kit, 390, 800);
        const el = await place(portal, spec.tag, { care: true });
        await state.reach?.(portal, el);
        for (const small of new Set(smallTargets(el, portal.win))) found.push(`${state.name}: ${small}`);
      }
      expect(found).to.deep.equal([]);
    });
  }
});
