import { expect } from '@open-wc/testing';
import { ELEMENTS, openPortal, partsOf, place, sheetsOf, textsSeen, type Portal } from './portal.js';

// Every built drop-in on a county-CMS page whose CSS sets `* { font-size: 12px }`, `.article * {
// line-height: 1 }` and more (bench/fixtures/portal/cms.css), under the strict CSP: the element's
// own CSS must arrive whole, and its text must stay at the promised size in every render root and mode.

const VARIANTS = [
  { light: false, care: false },
  { light: false, care: true },
  { light: true, care: false },
  { light: true, care: true },
];
const name = (v: { light: boolean; care: boolean }) => `${v.light ? 'light root' : 'shadow root'}${v.care ? ', care mode' : ''}`;

describe('built drop-ins on a hostile portal page: styles', () => {
  let portal: Portal | undefined;
  afterEach(() => portal?.frame.remove());

  for (const spec of ELEMENTS) {
    it(`${spec.tag} (dist/kit/${spec.kit}.js): every stylesheet has rules, in both render roots`, async () => {
      portal = await openPortal(spec.kit, 1280);
      for (const variant of [VARIANTS[0]!, VARIANTS[2]!]) {
        const el = await place(portal, spec.tag, variant);
        const sheets = sheetsOf(el);
        expect(sheets.length, `${spec.tag}, ${name(variant)}: stylesheets`).to.be.greaterThan(0);
        sheets.forEach((sheet, i) => expect(sheet.cssRules.length, `${spec.tag}, ${name(variant)}: sheet ${i} has rules`).to.be.greaterThan(0));
        partsOf(el, portal.win).forEach((sheet, i) =>
          expect(sheet.cssRules.length, `${spec.tag}: css part ${i} of the build has rules`).to.be.greaterThan(0),
        );
      }
    });

    for (const width of [390, 1280]) {
      it(`${spec.tag} at ${width} px: text stays ≥ 16 px (≥ 18 px, line height ≥ 1.5 in care mode) under the page's font rules`, async () => {
        portal = await openPortal(spec.kit, width);
        const small: string[] = [];
        for (const variant of VARIANTS) {
          const el = await place(portal, spec.tag, variant);
          const texts = textsSeen(el, portal.win);
          expect(texts.length, `${spec.tag} shows text`).to.be.greaterThan(3);
          const min = variant.care ? 18 : 16;
          for (const t of texts) {
            if (t.px < min) small.push(`${name(variant)}: “${t.text}” ${t.px}px in ${t.where}`);
            else if (variant.care && t.lineHeight < 1.5) small.push(`${name(variant)}: “${t.text}” line height ${t.lineHeight} in ${t.where}`);
          }
          el.remove();
        }
        expect(small, `${spec.tag} at ${width} px`).to.deep.equal([]);
      });
    }
  }
});
