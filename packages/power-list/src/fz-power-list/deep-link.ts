/*
 * Deep links are namespaced per element so two lists on one page do not fight over the hash:
 * `#fz-<element id>=<code>` (`#fz-power-list=…` when the element has no id). Several may share
 * one hash, joined by `&`.
 */

export function deepLinkKey(elementId: string | null | undefined): string {
  return `fz-${elementId || 'power-list'}`;
}

/** The code the hash asks this element to open, if any. */
export function readDeepLink(hash: string, key: string): string | undefined {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    try {
      if (decodeURIComponent(part.slice(0, eq)) === key) {
        const code = decodeURIComponent(part.slice(eq + 1));
        return code || undefined;
      }
    } catch {
      // A malformed escape in someone else's part of the hash is not ours to report.
    }
  }
  return undefined;
}

export function deepLinkHref(key: string, code: string): string {
  return `#${key}=${encodeURIComponent(code)}`;
}
