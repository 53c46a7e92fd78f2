import { expect } from '@open-wc/testing';
import { ELEMENTS, openPortal, place, rootOf, sidewaysScroll, type Placed, type Portal } from './portal.js';
import { STATES } from './views.js';

// Reflow (WCAG 1.4.10) of the built drop-ins on the hostile portal page: at a phone's 390 px and at
// 320 px (400 % zoom), in every view a citizen reaches, the page must not scroll sideways, and no
// box inside the element may cut text off where the keyboard cannot scroll it.

const VARIANTS = [{}, { care: true }, { light: true }];
const name = (v: { light?: boolean; care?: boolean }) => (v.light ? 'light root' : v.care ? 'care mode' : 'default');

/** Boxes inside the element that hide part of their content and cannot be scrolled from the keyboard. */
function cutOff(el: Placed, win: Window): string[] {
  return [...rootOf(el).querySelectorAll<HTMLElement>('*')]
    .filter((box) => {
      const style = win.getComputedStyle(box);
      const scrolls = (o: string) => o === 'auto' || o === 'scroll';
      const hides = (scrolls(style.overflowY) && box.scrollHeight > box.clientHeight + 1) || (scrolls(style.overflowX) && box.scrollWidth > box.clientWidth + 1);
      // Current Chromium lets the keyboard scroll such a box; the older browsers the kit supports do not.
      return hides && !box.matches('[tabindex]:not([tabindex^="-"]), input, select, textarea');
    })
    .map((box) => `${box.localName}.${box.className} (${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight})`);
}

describe('built drop-ins on a hostile portal page: reflow at 390 and 320 px', () => {
  let portal: Portal | undefined;
  afterEach(() => portal?.frame.remove());

  for (const spec of ELEMENTS) {
    for (const width of [390, 320]) {
      it(`${spec.tag} at ${width} px: no sideways page scroll and no text cut off, in every view`, async () => {
        const found: string[] = [];
        for (const variant of VARIANTS) {
          for (const state of STATES[spec.tag]!) {
            portal?.frame.remove();
            portal = await openPortal(spec.kit, width, 700);
            const el = await place(portal, spec.tag, variant);
            await state.reach?.(portal, el);
            const where = `${name(variant)}, ${state.name}`;
            const wider = sidewaysScroll(portal);
            if (wider > 0) found.push(`${where}: the page scrolls ${wider} px sideways`);
            for (const box of cutOff(el, portal.win)) found.push(`${where}: ${box} cuts text off`);
          }
        }
        expect(found).to.deep.equal([]);
      });
    }
  }
});
