/**
 * A link from list data, or undefined when it is not an absolute http(s) URL: `javascript:`,
 * `data:` and relative values never reach an href. Nothing is resolved against the page, or text
 * such as 暂无 would become a link into the portal.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
