import { createChecker, mergePatch, type Checker, type SchemaObject } from '@fazhi/core';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FormConfig } from './config.js';
import { Problem } from './problem.js';

/** Where @fazhi/schemas lives (the same JSON files the browser bundles). */
export function defaultSchemasDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@fazhi/schemas/package.json'));
}

/**
 * The major version inside a schema `$id` (`https://schemas.fazhi.dev/v1/legal-aid-application.schema.json`,
 * also `….v2.schema.json` or `…@2`), and the same id with another major put in its place.
 */
export function majorOf(id: string): { major: number; withMajor(n: number): string } | undefined {
  const match = /^(.*[/.]v|.*@)(\d+)([/.#].*|)$/.exec(id);
  if (!match) return undefined;
  const [, head, digits, tail] = match;
  return { major: Number(digits), withMajor: (n) => `${head}${n}${tail}` };
}

function readSchemas(dir: string): SchemaObject[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.schema.json') || name.endsWith('.json'))
    .filter((name) => name !== 'package.json')
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as SchemaObject)
    .filter((doc) => typeof doc === 'object' && typeof doc.$id === 'string');
}

export interface FormSchemas {
  name: string;
  config: FormConfig;
  /** The schema the browser is served today (with the county overlay applied). */
  current: SchemaObject;
  /** `$id` → schema, for the current and the previous major version. */
  accepted: Map<string, SchemaObject>;
}

export interface SchemaRegistry {
  forms: Map<string, FormSchemas>;
  /** The checker for a submission to `form` naming `schemaId`, or the Problem to answer with. */
  checkerFor(form: string, schemaId: unknown): Checker;
  /** Every loaded schema document by `$id` (for GET /api/schemas/…). */
  byId: Map<string, SchemaObject>;
}

export interface RegistryOptions {
  forms: Record<string, FormConfig>;
  /** Where the current schemas live; default @fazhi/schemas. */
  schemasDir?: string;
  /**
   * A county's folder: `overlays/<form>.json` (JSON Merge Patch on the current schema) and
   * `schemas/*.json` (older schema versions still accepted, e.g. after an upgrade).
   */
  configDir?: string;
}

export function loadRegistry(options: RegistryOptions): SchemaRegistry {
  const schemasDir = options.schemasDir ?? defaultSchemasDir();
  const docs = [...readSchemas(schemasDir), ...(options.configDir ? readSchemas(join(options.configDir, 'schemas')) : [])];
  const byId = new Map(docs.map((doc) => [doc.$id!, doc]));
  const forms = new Map<string, FormSchemas>();

  for (const [name, config] of Object.entries(options.forms)) {
    const file = join(schemasDir, config.schemaFile);
    if (!existsSync(file)) continue;
    let current = JSON.parse(readFileSync(file, 'utf8')) as SchemaObject;
    const overlayFile = options.configDir ? join(options.configDir, 'overlays', `${name}.json`) : undefined;
    if (overlayFile && existsSync(overlayFile)) {
      const overlay = JSON.parse(readFileSync(overlayFile, 'utf8')) as Record<string, unknown>;
      // The law's identity stays the base's: an overlay may not rename the schema.
      current = { ...mergePatch(current, overlay), $id: current.$id };
    }
    const accepted = new Map<string, SchemaObject>([[current.$id!, current]]);
    const version = majorOf(current.$id!);
    if (version && version.major > 0) {
      const previous = byId.get(version.withMajor(version.major - 1));
      if (previous) accepted.set(previous.$id!, previous);
    }
    forms.set(name, { name, config, current, accepted });
    byId.set(current.$id!, current);
  }

  const checkers = new Map<string, Checker>();
  const checkerFor = (form: string, schemaId: unknown): Checker => {
    const entry = forms.get(form);
    if (!entry) throw new Problem('not-found', `没有名为“${form}”的表单。`);
    if (typeof schemaId !== 'string' || schemaId === '') {
      throw new Problem('bad-request', '请求缺少 schema 字段（表单的 $id）。');
    }
    const schema = entry.accepted.get(schemaId);
    if (!schema) {
      const sent = majorOf(schemaId);
      const now = majorOf(entry.current.$id!);
      if (sent && now && sent.withMajor(now.major) === entry.current.$id && sent.major < now.major) {
        throw new Problem('outdated-schema', '您使用的表单版本已停用，请刷新页面后重新填写提交。');
      }
      throw new Problem('unknown-schema', `此地址不接收该表单（${schemaId.slice(0, 200)}）。请刷新页面后重试。`);
    }
    const key = `${form}\n${schemaId}`;
    let checker = checkers.get(key);
    if (!checker) {
      checker = createChecker(schema, { locale: 'zh-CN' });
      checkers.set(key, checker);
    }
    return checker;
  };

  return { forms, checkerFor, byId };
}
