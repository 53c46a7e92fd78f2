/*
 * Search text is compared after folding what a citizen cannot see or does not think about:
 * full-width vs half-width forms (NFKC: "１２" = "12", "（" = "("), spacing, letter case, and the
 * bracket variants Chinese document numbers are written with (国发〔2015〕 = 国发[2015] = 国发【2015】).
 */

const BRACKETS: Record<string, string> = { '〔': '[', '【': '[', '〖': '[', '〘': '[', '〕': ']', '】': ']', '〗': ']', '〙': ']' };
const BRACKET_RE = /[〔【〖〘〕】〗〙]/g;
// Whitespace plus the zero-width characters that pasted text often carries.
const SPACE_RE = /[\s\u200b-\u200d\u2060\ufeff]+/g;

/** One string in the form search compares: NFKC, brackets folded, no spacing, lower case. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').replace(BRACKET_RE, (c) => BRACKETS[c] ?? c).replace(SPACE_RE, '').toLowerCase();
}

/**
 * The terms of a query, each normalised; an item matches when it contains every term.
 * Splitting on spaces first means "行政许可法 第十二条" also finds the law and the article when they
 * sit in different fields.
 */
export function searchTerms(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(SPACE_RE)
    .map(normalizeSearchText)
    .filter((term) => term !== '');
}

/** Every string and number under a value (arrays and objects walked), joined for searching. */
export function collectText(value: unknown, out: string[] = []): string[] {
  if (value === null || value === undefined) return out;
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number' || typeof value === 'bigint') out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) collectText(v, out);
  else if (typeof value === 'object') for (const v of Object.values(value as Record<string, unknown>)) collectText(v, out);
  return out;
}
