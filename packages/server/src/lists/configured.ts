import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SchemaObject } from '@fazhi/core';

/**
 * A public list known from files only: `lists/<name>.json` (an array, or `{ schema, items }`)
 * with its record schema named in it (`"schema": "normative-document.schema.json"`, looked up
 * beside the data, then among the kit's schemas) or beside it as `lists/<name>.schema.json`.
 */
export interface ConfiguredList {
  name: string;
  dataFile: string;
  schema: SchemaObject;
  items: Record<string, unknown>[];
}

const LIST_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${file}：不是有效的 JSON（${(error as Error).message}）`);
  }
}

function schemaFor(name: string, dir: string, named: unknown, schemasDir: string): SchemaObject {
  const candidates =
    typeof named === 'string'
      ? [join(dir, basename(named)), join(schemasDir, basename(named))]
      : [join(dir, `${name}.schema.json`)];
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error(`${join(dir, `${name}.json`)}：找不到记录模式 ${typeof named === 'string' ? named : `${name}.schema.json`}`);
  const schema = readJson(file);
  if (!schema || typeof schema !== 'object' || typeof (schema as SchemaObject).properties !== 'object') {
    throw new Error(`${file}：记录模式应是带 properties 的对象`);
  }
  return schema as SchemaObject;
}

/** One list file read and checked; throws a message naming the file. */
function readList(name: string, dir: string, schemasDir: string): ConfiguredList {
  const dataFile = join(dir, `${name}.json`);
  const body = readJson(dataFile);
  const items = Array.isArray(body) ? body : (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new Error(`${dataFile}：应是数组，或 { "schema": …, "items": [...] }`);
  const named = Array.isArray(body) ? undefined : (body as { schema?: unknown }).schema;
  const records = items.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object' && !Array.isArray(item));
  return { name, dataFile, schema: schemaFor(name, dir, named, schemasDir), items: records };
}

/**
 * Every list in `dirs` (later folders win by name: the kit's samples, then the data folder, then a
 * county's configuration). `reserved` names are the built-in lists, served at their own paths.
 * A bad file is reported through `onError` and left out; the other lists keep serving.
 */
export function configuredLists(dirs: string[], schemasDir: string, reserved: string[], onError: (message: string) => void): ConfiguredList[] {
  const byName = new Map<string, ConfiguredList>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json') || file.endsWith('.schema.json')) continue;
      const name = file.slice(0, -'.json'.length);
      if (!LIST_NAME.test(name) || reserved.includes(name)) continue;
      try {
        byName.set(name, readList(name, dir, schemasDir));
      } catch (error) {
        byName.delete(name);
        onError((error as Error).message);
      }
    }
  }
  return [...byName.values()];
}
