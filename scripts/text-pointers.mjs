// Which JSON pointers into a schema name text for people, so a translation catalogue
// (schemas/locales/<locale>/<name>.json) may replace them. Used by generate.mjs.

/** Keywords whose string is text for people; `const`, `pattern`, ids and the like never are. */
export const TEXT_KEYWORDS = ['title', 'description', 'x-fz-help', 'x-fz-placeholder', 'x-fz-purpose', 'x-fz-receipt-note', 'x-fz-retention'];

/** Keywords followed by a name (a property, a definition), then a schema. */
const NAMED = ['properties', '$defs', 'definitions', 'dependentSchemas', 'patternProperties'];
/** Keywords followed by an index, then a schema. */
const LISTED = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords followed by a schema. */
const NESTED = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];

const tokensOf = (pointer) => pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));

/**
 * True when `pointer` leads, keyword by keyword, to a text: a TEXT_KEYWORDS string of some schema,
 * a message in `x-fz-messages`, a step's title or description, or an `x-fz-column` label. Anything
 * met on the way that is not a schema keyword (`examples`, `default`, `const` …) holds data, not text;
 * a property may still be named "examples" or "title".
 */
export function isTextPointer(pointer) {
  if (!pointer.startsWith('/')) return false;
  const path = tokensOf(pointer);
  let i = 0;
  const rest = () => path.length - i;
  while (i < path.length) {
    const keyword = path[i++];
    if (NAMED.includes(keyword) || LISTED.includes(keyword)) {
      if (rest() < 1 || (LISTED.includes(keyword) && !/^\d+$/.test(path[i]))) return false;
      i++;
    } else if (NESTED.includes(keyword)) {
      continue;
    } else if (TEXT_KEYWORDS.includes(keyword)) {
      return rest() === 0;
    } else if (keyword === 'x-fz-messages') {
      return rest() === 1;
    } else if (keyword === 'x-fz-steps') {
      return rest() === 2 && /^\d+$/.test(path[i]) && ['title', 'description'].includes(path[i + 1]);
    } else if (keyword === 'x-fz-column') {
      return rest() === 1 && path[i] === 'label';
    } else {
      return false;
    }
  }
  return false;
}
