import {
  createListEngine,
  createResolver,
  builtinShared,
  isPublishable,
  maskRecord,
  publicDecision,
  publicationDay,
  publicRecordId,
  type ListEngine,
  type ListOptions,
  type SchemaObject,
} from '@fazhi/core';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSchemasDir } from '../schemas.js';
import { configuredLists, type ConfiguredList } from './configured.js';
import type { QueryRules } from './strict-query.js';

type Item = Record<string, unknown>;

/** Synthetic sample lists shared with the stories and the element tests (no real persons). */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

/** One public list: where it is served, its schema, its sample, and what the elements ask of it. */
interface DatasetDef {
  name: string;
  path: string;
  schemaFile: string;
  sampleFile: string;
  /** The date `f.date=a..b` filters on (DESIGN's protocol example). */
  dateField?: string;
  /** Searched besides the columns marked `searchable` (the power list's 依据, for example). */
  extraSearch: string[];
  /** Filterable (and counted in facets) besides the columns with a `filter`. */
  extraFilters?: string[];
  /** Filtered before masking: what must never reach the public (revoked, expired, minors). */
  publishable?: (item: Item, today: string) => boolean;
  /**
   * The record kind's own public view, shared with its element (core's `publicDecision`), applied
   * before the schema's marks; null drops the record. The schema pass can then only take away.
   */
  policy?: (item: Item) => Item | null;
  /** A list from configuration: its schema and records, already read. */
  configured?: ConfiguredList;
}

const DEFS: DatasetDef[] = [
  {
    name: 'power-list',
    path: '/api/power-list',
    schemaFile: 'power-list-item.schema.json',
    sampleFile: 'power-list-township.json',
    dateField: 'updatedAt',
    extraSearch: ['basis', 'unit', 'subItems'],
    extraFilters: ['unit', 'level'],
  },
  { name: 'bodies', path: '/api/enforcement/bodies', schemaFile: 'enforcement-body.schema.json', sampleFile: 'enforcement-bodies.json', extraSearch: ['scope'] },
  { name: 'officers', path: '/api/enforcement/officers', schemaFile: 'enforcement-officer.schema.json', sampleFile: 'enforcement-officers.json', dateField: 'validUntil', extraSearch: ['fields'] },
  { name: 'matters', path: '/api/enforcement/matters', schemaFile: 'enforcement-matter.schema.json', sampleFile: 'enforcement-matters.json', extraSearch: ['basis'] },
  {
    name: 'decisions',
    path: '/api/enforcement/decisions',
    schemaFile: 'enforcement-decision.schema.json',
    sampleFile: 'enforcement-decisions.json',
    dateField: 'decidedAt',
    extraSearch: ['agency', 'basis'],
    // `month` (YYYY-MM of the decision) feeds the notice's chart through its facet.
    extraFilters: ['month'],
    publishable: (item, today) => isPublishable(item, today),
    // Who the party is decides what may be shown of it: the schema's `if partyType = natural-person`
    // misses feeds that write 自然人, leave the type out, or register a 个体工商户 under the owner's name.
    policy: (item) => publicDecision(item) as Item | null,
  },
];

export interface Dataset {
  name: string;
  path: string;
  rules: QueryRules;
  /** The record schema the list is masked by (served beside it for the elements). */
  schema: SchemaObject;
  /** The engine over the public, masked items (decisions: rebuilt when the day changes). */
  engine(): ListEngine<Item>;
}

interface Column {
  sortable?: boolean;
  searchable?: boolean;
  filter?: string;
}

/** Sorting, filtering and search come from the schema's `x-fz-column` hints, so an overlay can change them. */
function columnsOf(schema: SchemaObject): Record<string, Column> {
  const columns: Record<string, Column> = {};
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    const column = typeof node === 'object' ? node['x-fz-column'] : undefined;
    if (column && typeof column === 'object') columns[name] = column as Column;
  }
  return columns;
}

function rulesAndOptions(def: DatasetDef, schema: SchemaObject): { rules: QueryRules; options: ListOptions<Item> } {
  const columns = Object.entries(columnsOf(schema));
  const rangeFields: QueryRules['rangeFields'] = {};
  for (const [name, column] of columns) if (column.filter === 'date-range') rangeFields[name] = 'date';
  if (def.dateField) {
    rangeFields.date = 'date';
    rangeFields[def.dateField] = 'date';
  }
  const filterFields = [...columns.filter(([, c]) => c.filter && c.filter !== 'date-range').map(([name]) => name), ...(def.extraFilters ?? [])];
  // A configured list's deep link asks for its one record by `f.id` (not counted in facets).
  const idFilter = def.configured ? ['id'] : [];
  const rules: QueryRules = { sortFields: columns.filter(([, c]) => c.sortable).map(([name]) => name), filterFields: [...filterFields, ...idFilter], rangeFields };
  const searchFields = [...new Set([...columns.filter(([, c]) => c.searchable).map(([name]) => name), ...def.extraSearch])];
  const options: ListOptions<Item> = {
    searchFields,
    facetFields: filterFields,
    sortFields: rules.sortFields,
    filterFields: [...filterFields, ...idFilter, ...Object.keys(rangeFields)],
    fields: def.dateField ? { date: (item) => item[def.dateField!], month: (item) => String(item[def.dateField!] ?? '').slice(0, 7) || undefined } : {},
  };
  return { rules, options };
}

/** A county's own export (`<dataDir>/lists/<name>.json`: an array or `{ items }`), else the synthetic sample. */
function source(def: DatasetDef, dataDir: string): () => Item[] {
  if (def.configured) {
    const items = def.configured.items;
    return () => items;
  }
  const own = join(dataDir, 'lists', `${def.name}.json`);
  const file = existsSync(own) ? own : join(SAMPLES_DIR, def.sampleFile);
  if (!existsSync(file)) return () => [];
  const body = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const items = Array.isArray(body) ? body : (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new Error(`${file}: expected an array or { items: [...] }`);
  return () => items as Item[];
}

/**
 * The public view of one record: the kind's own policy when it has one (the same function its
 * element runs), then core's `maskRecord` (schema-marked public fields, masked), plus the record's
 * opaque `id` when it has one, which the elements use for deep links. An id that could be an
 * identity or phone number is dropped.
 */
function publicView(item: Item, def: DatasetDef, schema: SchemaObject, resolver: ReturnType<typeof createResolver>): Item | null {
  const shown = def.policy ? def.policy(item) : item;
  if (!shown) return null;
  const view = maskRecord(shown, schema, undefined, { resolver });
  if (publicRecordId(item) !== undefined) view.id = item.id;
  return view;
}

export interface DatasetOptions {
  dataDir: string;
  schemasDir?: string;
  /** A county's configuration folder: its `lists/` are served too. */
  configDir?: string;
  today?: () => Date;
  /** Told about a list file that cannot be served (the others still are). Default: console.error. */
  onError?: (message: string) => void;
}

/** Lists from files (`lists/<name>.json`): the kit's samples, the data folder, a county's configuration; served at `/api/lists/<name>`. */
function configuredDefs(options: DatasetOptions, schemasDir: string): DatasetDef[] {
  const dirs = [join(SAMPLES_DIR, 'lists'), join(options.dataDir, 'lists'), ...(options.configDir ? [join(options.configDir, 'lists')] : [])];
  const lists = configuredLists(dirs, schemasDir, DEFS.map((d) => d.name), options.onError ?? ((message) => console.error(message)));
  return lists.map((list) => ({ name: list.name, path: `/api/lists/${list.name}`, schemaFile: '', sampleFile: '', extraSearch: [], configured: list }));
}

/**
 * The public lists. Every item is passed through its kind's policy (decisions: core's
 * `publicDecision`) and core's `maskRecord` (only `x-fz-public` fields, personal data masked) after
 * the publication filter, so the backend never hands out more than the widget shows, and search
 * only ever sees the masked text.
 * Data: `<dataDir>/lists/<name>.json` when present, else `packages/server/samples/`. Any other
 * `lists/<name>.json` with a record schema is served at `/api/lists/<name>` the same way.
 */
export function loadDatasets(options: DatasetOptions): Dataset[] {
  const schemasDir = options.schemasDir ?? defaultSchemasDir();
  const today = () => publicationDay(options.today?.() ?? new Date());
  const defs = [...DEFS.filter((def) => existsSync(join(schemasDir, def.schemaFile))), ...configuredDefs(options, schemasDir)];
  return defs.map((def) => {
    const schema = def.configured?.schema ?? (JSON.parse(readFileSync(join(schemasDir, def.schemaFile), 'utf8')) as SchemaObject);
    const resolver = createResolver(schema, builtinShared);
    const { rules, options: listOptions } = rulesAndOptions(def, schema);
    const load = source(def, options.dataDir);
    let built: { day: string; engine: ListEngine<Item> } | undefined;
    const engine = () => {
      // Only lists with a publication period change from one day to the next.
      const day = def.publishable ? today() : 'always';
      if (built?.day !== day) {
        const items = load()
          .filter((item) => !def.publishable || def.publishable(item, day))
          .map((item) => publicView(item, def, schema, resolver))
          .filter((item): item is Item => item !== null);
        built = { day, engine: createListEngine(items, listOptions) };
      }
      return built.engine;
    };
    return { name: def.name, path: def.path, rules, schema, engine };
  });
}
