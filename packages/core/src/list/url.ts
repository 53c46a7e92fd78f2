/**
 * A link from list data, or undefined when it is not plain http(s): `javascript:`, `data:` and
 * relative tricks never reach an href. Relative URLs are resolved against `base` when given.
 */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
