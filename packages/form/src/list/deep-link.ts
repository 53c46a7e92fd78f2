/*
 * Deep links are namespaced per element so two lists on one page do not fight over the hash:
 * `#fz-<element id>=<value>` (`#fz-<tag name without fz->=…` when the element has no id). Several
 * may share one hash, joined by `&`.
 */

/** `fz-<element id>`, or `fz-<fallback>` (the element's own name) when it has none. */
export function deepLinkKey(elementId: string | null | undefined, fallback: string): string {
  return `fz-${elementId || fallback}`;
}

/** The value the hash gives this element, if any. */
export function readDeepLink(hash: string, key: string): string | undefined {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    try {
      if (decodeURIComponent(part.slice(0, eq)) === key) {
        const value = decodeURIComponent(part.slice(eq + 1));
        return value || undefined;
      }
    } catch {
      // A malformed escape in someone else's part of the hash is not ours to report.
    }
  }
  return undefined;
}

export function deepLinkHref(key: string, value: string): string {
  return `#${key}=${encodeURIComponent(value)}`;
}

/** The hash with this element's part set to `value` (already escaped), or taken out when there is none; other parts are kept. */
export function withDeepLink(hash: string, key: string, value: string | undefined): string {
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part && !part.startsWith(`${key}=`) && readDeepLink(part, key) === undefined);
  if (value) parts.push(`${key}=${value}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
