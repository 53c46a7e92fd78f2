import { fzVocabularySchema } from '../generated/schemas.js';

/** Every keyword of JSON Schema 2020-12 (core, applicator, validation, annotations, content). */
export const JSON_SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  '$schema', '$id', '$ref', '$anchor', '$dynamicRef', '$dynamicAnchor', '$vocabulary', '$comment', '$defs',
  'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas', 'prefixItems', 'items', 'contains',
  'properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties',
  'type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum',
  'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains',
  'maxProperties', 'minProperties', 'required', 'dependentRequired',
  'title', 'description', 'default', 'deprecated', 'readOnly', 'writeOnly', 'examples', 'format',
  'contentEncoding', 'contentMediaType', 'contentSchema',
]);

/** Older drafts' spellings an editor may copy from elsewhere, and what 2020-12 calls them. */
export const OLD_KEYWORDS: Readonly<Record<string, string>> = { definitions: '$defs', dependencies: 'dependentRequired 或 dependentSchemas' };

/** x-fz-* keyword → the `$defs` entry of the vocabulary meta-schema that describes its value. */
export const FZ_KEYWORDS: ReadonlyMap<string, string> = new Map(
  Object.entries((fzVocabularySchema.properties ?? {}) as Record<string, { $ref?: string }>).map(([keyword, node]) => [
    keyword,
    (node.$ref ?? '').replace('#/$defs/', ''),
  ]),
);

export const isKnownKeyword = (key: string): boolean => JSON_SCHEMA_KEYWORDS.has(key) || FZ_KEYWORDS.has(key);

/** Optimal string alignment distance: typos, including two swapped letters (fatcs → facts), cost 1. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest of `candidates` to a misspelt `word`, if it is close enough to be the one meant. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
