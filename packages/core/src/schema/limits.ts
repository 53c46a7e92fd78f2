import type { SchemaObject } from '../types.js';

/** Does a string or an array keep within the node's `maxLength` / `maxItems`? (Other values always do.) */
export function withinLimits(node: SchemaObject): (value: unknown) => boolean {
  const { maxLength, maxItems } = node;
  return (value) =>
    typeof value === 'string' ? maxLength === undefined || codePoints(value, maxLength) <= maxLength
    : Array.isArray(value) ? maxItems === undefined || value.length <= maxItems
    : true;
}

/** Code points in `text`, counted only as far as needed to know whether it exceeds `max`. */
function codePoints(text: string, max: number): number {
  if (text.length <= max || text.length > 2 * max) return text.length;
  let count = 0;
  for (let i = 0; i < text.length && count <= max; i++, count++) if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) < 0xdc00) i++;
  return count;
}
