import { adoptStyles, html, unsafeCSS, type CSSResult, type ReactiveElement } from 'lit';

/*
 * `render-root="light"`: the element renders into itself instead of a shadow root, because
 * read-aloud toolbars (指读) on government sites speak light-DOM text only. Its styles are then
 * scoped under the tag name and adopted by the page once per tag.
 */

/** `:host` or `:host(…)` (one level of nested parentheses, as in `:host(:not([a]))`). */
const HOST = /^:host(?:\(((?:[^()]|\([^()]*\))*)\))?/;
/**
 * Rules inside the tag get the weight of an id, so that page rules without one (`label {…}`,
 * `.article p {…}`) do not reach in, much as they cannot reach into a shadow root.
 */
const WEIGHT = ':not(#_)';
/** Zero-weight host rules where `:where()` exists, so a portal's `fz-form { --fz-… }` still wins, as it does over `:host`. */
const zeroWeight = !!globalThis.CSS?.supports('selector(:where(a))');
/** Per tag: its scoped styles, and the roots (the document, or a portal's shadow root) that have them. */
const scoped = new Map<string, { css: CSSResult; roots: WeakSet<Node> }>();
const fallbacks = new WeakMap<Element, Node[]>();

function scopeSelector(tag: string, selector: string): string {
  const s = selector.trim();
  const host = HOST.exec(s);
  // Keyframe selectors (`from`, `to`, `50%`) stay as they are.
  if (!host) return /^(from|to|[\d.]+%)$/.test(s) ? s : `${tag}${WEIGHT} ${s}`;
  const self = tag + (host[1] ?? '');
  return host[0] === s ? (zeroWeight ? `:where(${self})` : self) : self + WEIGHT + s.slice(host[0].length);
}

/**
 * An element's shadow-root CSS rewritten for the page: `:host(x)` becomes `tag x`, every other
 * selector is prefixed by the tag. First comes a reset of every HTML element inside the tag
 * (`all: revert`: what the page's rules set is undone, as a shadow root would keep it out); SVG is
 * left out, since reverting would drop its geometry attributes.
 */
export function scopeCss(tag: string, css: string): string {
  return `@namespace h url(http://www.w3.org/1999/xhtml);${tag}${WEIGHT} h|*{all:revert}${css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[{}])([^{}@]+)(?=\{)/g, (_, before: string, list: string) =>
      before + list.split(/,(?![^(]*\))/).map((s) => scopeSelector(tag, s)).join(),
    )}`;
}

/**
 * The element itself as its render root when it has `render-root="light"` (read once, when it is
 * first connected), its styles adopted by its document or shadow root; otherwise undefined. The
 * children it had (fallback content) are taken out and shown only where `fallback()` puts them.
 */
export function lightRoot(el: ReactiveElement): HTMLElement | undefined {
  if (el.getAttribute('render-root') !== 'light') return undefined;
  // On every connect: the element may have moved to another root, or the page replaced the sheets a root adopts.
  el.addController({ hostConnected: () => adoptScoped(el) });
  fallbacks.set(el, [...el.childNodes]);
  el.textContent = '';
  return el;
}

/** Makes sure the root the element is in has its tag's scoped styles. */
function adoptScoped(el: ReactiveElement): void {
  const tag = el.localName;
  let styles = scoped.get(tag);
  if (!styles) {
    const css = (el.constructor as typeof ReactiveElement).elementStyles.map((s) => (s as CSSResult).cssText).join('');
    scoped.set(tag, (styles = { css: unsafeCSS(scopeCss(tag, css)), roots: new WeakSet() }));
  }
  const root = el.getRootNode() as Document | ShadowRoot;
  const sheet = styles.css.styleSheet;
  if (sheet ? root.adoptedStyleSheets?.includes(sheet) : styles.roots.has(root)) return;
  styles.roots.add(root);
  // Added to what the root has. Without constructable stylesheets (Safari < 16.4) Lit writes a
  // <style> with `window.litNonce` instead, as for shadow roots; in a document it goes in the head.
  const target = sheet ? root : ((root as Document).head ?? root);
  adoptStyles(target as ShadowRoot, [...(root.adoptedStyleSheets ?? []), styles.css]);
}

/** Where a template shows the fallback content: a slot in a shadow root, the saved children in a light root. */
export const fallback = (el: Element) => fallbacks.get(el) ?? html`<slot></slot>`;
