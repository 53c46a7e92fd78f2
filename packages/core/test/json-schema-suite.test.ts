import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { compileValidator } from '../src/validate/index.js';
import { formats } from '../src/formats/index.js';
import type { FormatDef, SchemaObject } from '../src/types.js';

/**
 * The official JSON Schema Test Suite (draft 2020-12) for every keyword we claim. Each file's pass
 * count is the table in docs/json-schema-support.md; this test fails when they differ
 * (regenerate with `UPDATE_DOCS=1`).
 */
const SUITE = new URL('./fixtures/json-schema-test-suite/draft2020-12/', import.meta.url);
const DOC = new URL('../../../docs/json-schema-support.md', import.meta.url);

interface Group {
  description: string;
  schema: SchemaObject | boolean;
  tests: { description: string; data: unknown; valid: boolean }[];
}

/** The only groups not run, and why. Each must be refused loudly by compileValidator (it throws). */
const REMOTE = 'remote $ref (the 2020-12 meta-schema)';
const EMBEDDED_ID = '`$id` inside a schema (embedded resources, relative URI resolution)';
const ANCHOR = '`$anchor`';
const outside = (keyword: string): string => `\`${keyword}\` is outside the subset`;
export const SKIPPED: Record<string, Record<string, string>> = {
  'additionalProperties.json': {
    'additionalProperties being false does not allow other properties': outside('patternProperties'),
    'non-ASCII pattern with additionalProperties': outside('patternProperties'),
    'additionalProperties with propertyNames': outside('propertyNames'),
  },
  'defs.json': { 'validate definition against metaschema': REMOTE },
  'dependentSchemas.json': { 'dependencies with escaped characters': outside('minProperties') },
  'items.json': {
    'items and subitems': outside('prefixItems'),
    'prefixItems with no additional items allowed': outside('prefixItems'),
    'items does not look in applicators, valid case': outside('prefixItems'),
    'prefixItems validation adjusts the starting index for items': outside('prefixItems'),
    'items with heterogeneous array': outside('prefixItems'),
  },
  'not.json': { "collect annotations inside a 'not', even if collection is disabled": outside('unevaluatedProperties') },
  'optional/non-bmp-regex.json': { 'Proper UTF-16 surrogate pair handling: patternProperties': outside('patternProperties') },
  'properties.json': { 'properties, patternProperties, additionalProperties interaction': outside('patternProperties') },
  'ref.json': {
    'relative pointer ref to array': outside('prefixItems'),
    'remote ref, containing refs itself': REMOTE,
    'Recursive references between schemas': EMBEDDED_ID,
    'ref creates new scope when adjacent to keywords': outside('unevaluatedProperties'),
    'refs with relative uris and defs': EMBEDDED_ID,
    'relative refs with absolute uris and defs': EMBEDDED_ID,
    '$id must be resolved against nearest parent, not just immediate parent': EMBEDDED_ID,
    'order of evaluation: $id and $ref': EMBEDDED_ID,
    'order of evaluation: $id and $anchor and $ref': ANCHOR,
    'order of evaluation: $id and $ref on nested schema': EMBEDDED_ID,
    'URN base URI with URN and anchor ref': ANCHOR,
    'URN ref with nested pointer ref': EMBEDDED_ID,
    'ref to if': EMBEDDED_ID,
    'ref to then': EMBEDDED_ID,
    'ref to else': EMBEDDED_ID,
    'ref with absolute-path-reference': EMBEDDED_ID,
  },
  'uniqueItems.json': {
    'uniqueItems with an array of items': outside('prefixItems'),
    'uniqueItems with an array of items and additionalItems=false': outside('prefixItems'),
    'uniqueItems=false with an array of items': outside('prefixItems'),
    'uniqueItems=false with an array of items and additionalItems=false': outside('prefixItems'),
  },
};

interface Row {
  file: string;
  label: string;
  formats?: Record<string, FormatDef>;
  cases: number;
  skipped: number;
  passed: number;
  failures: string[];
}

const files = [
  ...readdirSync(SUITE).filter((f) => f.endsWith('.json')),
  'optional/non-bmp-regex.json',
  'optional/format/date.json',
  'optional/format/email.json',
];

function measure(file: string, label: string, withFormats?: Record<string, FormatDef>): Row {
  const groups = JSON.parse(readFileSync(new URL(file, SUITE), 'utf8')) as Group[];
  const row: Row = { file, label, formats: withFormats, cases: 0, skipped: 0, passed: 0, failures: [] };
  for (const group of groups) {
    row.cases += group.tests.length;
    const schema = group.schema as SchemaObject; // boolean root schemas are run as they are
    if (SKIPPED[file]?.[group.description]) {
      row.skipped += group.tests.length;
      continue;
    }
    const validator = compileValidator(schema, { formats: withFormats });
    for (const t of group.tests) {
      const verdict = validator.validate(t.data).length === 0;
      if (verdict === t.valid) row.passed++;
      else row.failures.push(`${group.description} / ${t.description}: expected ${t.valid ? 'valid' : 'invalid'}`);
    }
  }
  return row;
}

const rows = files.map((f) => measure(f, f.replace(/^optional\/(format\/)?/, '').replace(/\.json$/, '')));
// The production path: core's format definitions instead of the built-in fallbacks.
rows.push(measure('optional/format/date.json', 'date (core `formats`)', formats));
rows.push(measure('optional/format/email.json', 'email (core `formats`)', formats));

function table(): string {
  const total = rows.slice(0, files.length).reduce((a, r) => ({ cases: a.cases + r.cases, skipped: a.skipped + r.skipped, passed: a.passed + r.passed }), { cases: 0, skipped: 0, passed: 0 });
  const line = (name: string, r: { cases: number; skipped: number; passed: number }): string =>
    `| ${name} | ${r.cases} | ${r.skipped} | ${r.passed} / ${r.cases - r.skipped} |`;
  return [
    '| file | cases | skipped | passed / run |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => line(r.label, r)),
    line('**all files** (built-in formats)', total),
  ].join('\n');
}

describe('JSON Schema Test Suite (draft 2020-12)', () => {
  for (const row of rows) {
    it(`${row.label}: every case that is run passes`, () => {
      assert.deepEqual(row.failures, []);
      assert.ok(row.passed > 0 || row.skipped === row.cases);
    });
  }

  it('every skipped group is refused by compileValidator, not validated halfway', () => {
    for (const [file, groups] of Object.entries(SKIPPED)) {
      const all = JSON.parse(readFileSync(new URL(file, SUITE), 'utf8')) as Group[];
      for (const description of Object.keys(groups)) {
        const group = all.find((g) => g.description === description);
        assert.ok(group, `${file}: no group "${description}"`);
        assert.throws(() => compileValidator(group.schema as SchemaObject), `${file}: "${description}" compiled`);
      }
    }
  });

  it('docs/json-schema-support.md shows the counts as measured', () => {
    const measured = table();
    console.log(`\n${measured}\n`);
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf('<!-- suite:start -->');
    const end = doc.indexOf('<!-- suite:end -->');
    assert.ok(start >= 0 && end > start, 'the doc has no suite table markers');
    const current = doc.slice(start + '<!-- suite:start -->'.length, end).trim();
    if (process.env['UPDATE_DOCS'] && current !== measured) {
      writeFileSync(DOC, `${doc.slice(0, start)}<!-- suite:start -->\n${measured}\n${doc.slice(end)}`);
      return;
    }
    assert.equal(current, measured, 'run with UPDATE_DOCS=1 to refresh the table');
  });
});
