/**
 * Full-width ASCII (Ａ-Ｚ, ０-９, （ and so on, U+FF01–U+FF5E) to half-width, and the ideographic
 * space to a plain space: Chinese input methods often produce these.
 */
export function toHalfWidth(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Half-width, with every kind of whitespace removed. */
export function compact(value: string): string {
  return toHalfWidth(value).replace(/\s+/g, '');
}

/** Length as the citizen counts it (code points, not UTF-16 units). */
export function charCount(value: string): number {
  return [...value].length;
}
