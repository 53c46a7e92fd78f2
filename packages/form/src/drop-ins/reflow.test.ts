import { legalAidApplicationExamples, villageRuleSubmissionExamples, type SchemaObject } from '@fazhi/core';
import { expect } from '@open-wc/testing';
import { ELEMENTS, openPortal, place, press, rootOf, settle, sidewaysScroll, type Placed, type Portal } from './portal.js';

// Reflow (WCAG 1.4.10) of the built drop-ins on the hostile portal page: at a phone's 390 px and at
// 320 px (400 % zoom), in every view a citizen reaches, the page must not scroll sideways, and no
// box inside the element may cut text off where the keyboard cannot scroll it.

type State = { name: string; reach?: (portal: Portal, el: Placed) => Promise<void> };

const next = (times: number) => async (portal: Portal, el: Placed) => {
  for (let i = 0; i < times; i++) await press(portal, el, '下一步');
};
/** Fills in a whole application, then goes on step by step to the one titled `title`. */
const withData = (data: unknown, title: string) => async (portal: Portal, el: Placed) => {
  el.data = structuredClone(data);
  await settle(portal, el);
  const heading = () => rootOf(el).querySelector('.fz-step-title')?.textContent ?? '';
  for (let i = 0; i < 8 && !heading().includes(title); i++) await next(1)(portal, el);
  expect(heading()).to.include(title);
};
const invalid = async (portal: Portal, el: Placed) => {
  await el.validate!();
  await settle(portal, el);
};
const openFirst = (selector: string) => async (portal: Portal, el: Placed) => {
  rootOf(el).querySelector<HTMLElement>(selector)!.click();
  await settle(portal, el);
};

/** A county's own, long personal-information notice on the consent box. */
const longConsent = async (portal: Portal, el: Placed) => {
  const notice = '我们收集您的姓名、身份证件号码、联系方式和案件情况，仅用于审查法律援助申请和指派律师。'.repeat(12);
  const schema = structuredClone((el as Placed & { schema: SchemaObject }).schema);
  Object.assign(schema.properties!.agree as object, { description: notice });
  (el as Placed & { schema: SchemaObject }).schema = schema;
  await settle(portal, el);
};

const village = { ...villageRuleSubmissionExamples[0], attachments: undefined };

/** The views that matter per element, each reached from a freshly placed element. */
const STATES: Record<string, State[]> = {
  'fz-form': [{ name: 'empty' }, { name: 'every error shown', reach: invalid }, { name: 'long consent notice', reach: longConsent }],
  'fz-legal-aid-form': [
    { name: 'step 1' },
    { name: 'step 1 with errors', reach: next(1) },
    { name: 'consent step', reach: withData(legalAidApplicationExamples[2], '承诺') },
  ],
  'fz-village-rule-form': [
    { name: 'step 1' },
    { name: 'step 1 with errors', reach: next(1) },
    { name: 'step 4 (attachments)', reach: withData(village, '附件') },
  ],
  'fz-village-rule-review': [{ name: 'record' }, { name: 'every error shown', reach: invalid }],
  'fz-power-list': [{ name: 'list' }, { name: 'detail open', reach: openFirst('.fz-disclosure') }],
  'fz-enforcement-notice': [
    { name: '执法决定' },
    { name: '执法主体', reach: (p, el) => press(p, el, '执法主体') },
    { name: '执法人员', reach: (p, el) => press(p, el, '执法人员') },
    { name: '执法事项', reach: (p, el) => press(p, el, '执法事项') },
    { name: 'decision detail', reach: openFirst('tbody .fz-link-button') },
  ],
};

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
