import { expect } from '@open-wc/testing';
import { ELEMENTS, openPortal, place, type Placed, type Portal } from './portal.js';
import { STATES } from './views.js';

// axe-core (from node_modules, served on the page's own origin, so the strict CSP lets it run)
// inside the hostile portal page, over every view of every built drop-in, in its shadow root or
// light root. Violations fail; so does a named generic element (aria-prohibited-attr, which axe
// only lists for review). In care mode the AAA contrast rule (7:1) runs too.

type AxeResult = { id: string; nodes: { target: unknown[] }[] };
type Axe = { run: (context: unknown, options: unknown) => Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }> };

async function withAxe(portal: Portal): Promise<Axe> {
  const script = portal.doc.createElement('script');
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  script.src = '/node_modules/axe-core/axe.min.js';
  portal.doc.head.append(script);
  await loaded;
  return (portal.win as unknown as { axe: Axe }).axe;
}

async function problems(axe: Axe, el: Placed, care: boolean): Promise<string[]> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const rules = care ? { 'color-contrast-enhanced': { enabled: true } } : {};
  const { violations, incomplete } = await axe.run(el, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations', 'incomplete'] });
  const named = incomplete.filter((r) => r.id === 'aria-prohibited-attr');
  // The page itself (its body, landmarks) is the portal's: only findings inside the element count.
  return [...violations, ...named].map((r) => `${r.id}: ${r.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

const VARIANTS = [{}, { care: true }, { light: true }];
const name = (v: { light?: boolean; care?: boolean }) => (v.light ? 'light root' : v.care ? 'care mode' : 'default');

describe('built drop-ins on a hostile portal page: axe', () => {
  let portal: Portal | undefined;
  afterEach(() => portal?.frame.remove());

  for (const spec of ELEMENTS) {
    it(`${spec.tag}: axe finds nothing in any view, variant or render root`, async () => {
      const found: string[] = [];
      for (const variant of VARIANTS) {
        for (const state of STATES[spec.tag]!) {
          portal?.frame.remove();
          portal = await openPortal(spec.kit, 1280, 800);
          const axe = await withAxe(portal);
          const el = await place(portal, spec.tag, variant);
          await state.reach?.(portal, el);
          for (const problem of await problems(axe, el, !!variant.care)) found.push(`${name(variant)}, ${state.name}: ${problem}`);
        }
      }
      expect(found).to.deep.equal([]);
    });
  }
});
