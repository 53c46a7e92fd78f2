import { regionsSample, villageRuleSubmissionExamples } from '@fazhi/core';
import { plainSchema } from '../fz-form/fz-form.fixtures.js';

/*
 * What portals really run: the built drop-ins of dist/kit/ (from `npm run build`), each loaded by a
 * hostile county-CMS page (bench/fixtures/portal/) served with the strict CSP, in an iframe as wide
 * as a phone or a desktop. Nothing here imports an element's source.
 */

export type PortalWindow = Window & typeof globalThis & { fzKitLoaded: Promise<boolean>; fzCspViolations: unknown[]; fzCspErrors?: string[] };
export type Portal = { frame: HTMLIFrameElement; win: PortalWindow; doc: Document };
export type Placed = HTMLElement & { updateComplete: Promise<unknown>; validate?: () => Promise<unknown[]>; data?: unknown };
export type Variant = { light?: boolean; care?: boolean };

/** Every element a portal can place, with the drop-in file that registers it and what a portal gives it. */
export type ElementCase = { tag: string; kit: string; attrs: Record<string, string>; props: () => Promise<Record<string, unknown>> };

export const ELEMENTS: ElementCase[] = [
  { tag: 'fz-form', kit: 'fz-form', attrs: { action: '/__fz-csp/submit' }, props: async () => ({ schema: plainSchema }) },
  { tag: 'fz-legal-aid-form', kit: 'fz-legal-aid-form', attrs: { action: '/api/legal-aid' }, props: async () => ({ regions: regionsSample }) },
  { tag: 'fz-village-rule-form', kit: 'fz-village-rules', attrs: { action: '/api/village-rules' }, props: async () => ({ regions: regionsSample }) },
  {
    tag: 'fz-village-rule-review',
    kit: 'fz-village-rules',
    attrs: { action: '/api/village-rules/reviews' },
    props: async () => ({
      record: { receiptNo: 'CG-20261201-000001', receivedAt: '2026-12-01T09:00:00+08:00', data: structuredClone(villageRuleSubmissionExamples[0]) },
    }),
  },
  { tag: 'fz-power-list', kit: 'fz-power-list', attrs: { src: '/api/power-list', mode: 'server', 'page-size': '10' }, props: async () => ({}) },
  { tag: 'fz-enforcement-notice', kit: 'fz-enforcement-notice', attrs: { src: '/api/enforcement', mode: 'server', 'page-size': '10' }, props: async () => ({}) },
];

export const elementCase = (tag: string) => ELEMENTS.find((c) => c.tag === tag)!;

/** Opens the hostile portal page at a width, with one drop-in loaded. */
export async function openPortal(kit: string, width: number, height = 800): Promise<Portal> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/bench/fixtures/portal/page.html?kit=${kit}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PortalWindow;
  if (!(await win.fzKitLoaded)) throw new Error(`dist/kit/${kit}.js did not load (run \`npm run build\` first): ${JSON.stringify(win.fzCspErrors)}`);
  return { frame, win, doc: frame.contentDocument! };
}

/** Puts an element on the portal page as a portal's HTML would, and waits until it shows its content. */
export async function place(portal: Portal, tag: string, variant: Variant = {}, own: Partial<Pick<ElementCase, 'attrs'>> & { props?: Record<string, unknown> } = {}): Promise<Placed> {
  const spec = elementCase(tag);
  const el = portal.doc.createElement(tag) as Placed;
  for (const [name, value] of Object.entries({ ...spec.attrs, ...own.attrs })) el.setAttribute(name, value);
  el.setAttribute('autosave', 'off');
  if (variant.light) el.setAttribute('render-root', 'light');
  if (variant.care) el.setAttribute('care-mode', '');
  Object.assign(el, await spec.props(), own.props);
  portal.doc.getElementById('content')!.append(el);
  await settle(portal, el);
  return el;
}

export const rootOf = (el: HTMLElement): ParentNode => el.shadowRoot ?? el;

/** Waits for renders, layout-driven re-renders (a list turning into cards) and a list's data (the test's own timeout bounds it). */
export async function settle(portal: Portal, el: Placed): Promise<void> {
  const frame = () => new Promise((resolve) => portal.win.requestAnimationFrame(resolve));
  // An element's own ResizeObserver (the power list's cards) fires in the same step as this one.
  const observed = () => new Promise<void>((resolve) => {
    const observer = new portal.win.ResizeObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
  for (;;) {
    await el.updateComplete;
    await observed();
    await frame();
    await frame();
    const root = rootOf(el);
    const waiting = (el as Placed & { isUpdatePending?: boolean }).isUpdatePending || root.querySelector('.fz-list-loading, .fz-loading') || !root.querySelector('*');
    if (!waiting) return;
    await new Promise((resolve) => portal.win.setTimeout(resolve, 50));
  }
}

/** The element's own stylesheets: adopted by its shadow root, or (light root) adopted by the page for its tag. */
export function sheetsOf(el: HTMLElement): CSSStyleSheet[] {
  if (el.shadowRoot) return [...el.shadowRoot.adoptedStyleSheets];
  return [...el.ownerDocument.adoptedStyleSheets].filter((sheet) => [...sheet.cssRules].some((r) => r.cssText.includes(el.localName)));
}

/** The parts of an element's CSS as written into the build (Lit's css`…` results), each parsed on its own. */
export function partsOf(el: HTMLElement, win: Window): CSSStyleSheet[] {
  const styles = (el.constructor as unknown as { elementStyles: { cssText: string }[] }).elementStyles;
  return styles.map((s) => {
    const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(String(s.cssText));
    return sheet;
  });
}

const isHidden = (e: Element, win: Window) => {
  if (!e.getClientRects().length) return true;
  const style = win.getComputedStyle(e);
  return style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)';
};

export type TextSeen = { text: string; px: number; lineHeight: number; where: string };

/**
 * Every visible text a citizen reads inside the element, with the size it is drawn at: the
 * computed font size, scaled for text in an SVG drawn smaller or larger than its viewBox.
 */
export function textsSeen(el: HTMLElement, win: Window): TextSeen[] {
  const out: TextSeen[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      const text = node.textContent!.trim();
      if (!parent || !text || parent.closest('option, style, script') || hiddenUp(parent, win)) return;
      const style = win.getComputedStyle(parent);
      const px = parseFloat(style.fontSize) * svgScale(parent);
      const lineHeight = style.lineHeight === 'normal' ? 1.2 : parseFloat(style.lineHeight) / parseFloat(style.fontSize);
      out.push({ text: text.slice(0, 20), px: Math.round(px * 10) / 10, lineHeight: Math.round(lineHeight * 100) / 100, where: `${parent.localName}.${parent.getAttribute('class') ?? ''}` });
      return;
    }
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
  };
  walk(el.shadowRoot ?? el);
  return out;
}

function hiddenUp(e: Element, win: Window): boolean {
  for (let at: Element | null = e; at; at = at.parentElement) if (isHidden(at, win)) return true;
  return false;
}

function svgScale(e: Element): number {
  const svg = e.closest('svg');
  const box = svg?.viewBox.baseVal;
  if (!svg || !box || !box.width) return 1;
  return svg.getBoundingClientRect().width / box.width;
}

/** How far the page scrolls sideways: the document wider than the frame's viewport. */
export const sidewaysScroll = (portal: Portal) => portal.doc.documentElement.scrollWidth - portal.doc.documentElement.clientWidth;

/** Clicks a button of the element by its visible text (what a citizen reads on it). */
export async function press(portal: Portal, el: Placed, text: string | RegExp): Promise<void> {
  const buttons = [...rootOf(el).querySelectorAll<HTMLElement>('button, [role="tab"], a')];
  const match = (b: HTMLElement) => (typeof text === 'string' ? b.textContent!.replace(/\s+/g, '').includes(text) : text.test(b.textContent!));
  const button = buttons.find(match);
  if (!button) throw new Error(`no button “${text}” in ${el.localName}: ${buttons.map((b) => b.textContent!.trim()).join(' | ')}`);
  button.click();
  await settle(portal, el);
}
