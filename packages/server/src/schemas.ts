import { createChecker, type Checker, type SchemaObject } from '@fazhi/core';
import { checkOverlay, checkSchemaDocument, formatIssue, parseJsonText, type CountyIssue } from '@fazhi/core/county';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
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

/** A county's older schema versions: each checked like any county file; a bad one is left out, said why. */
function readSchemas(dir: string, shown: (file: string) => string, problems: CountyIssue[]): SchemaObject[] {
  if (!existsSync(dir)) return [];
  const docs: SchemaObject[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json') || name === 'package.json') continue;
    const file = shown(join(dir, name));
    const parsed = parseJsonText(readFileSync(join(dir, name), 'utf8'), file);
    const doc = parsed.value as SchemaObject | undefined;
    if (parsed.issues.some((i) => i.severity === 'error') || !doc || typeof doc !== 'object' || typeof doc.$id !== 'string') {
      problems.push(...parsed.issues.filter((i) => i.severity === 'error'));
      continue;
    }
    docs.push(doc);
  }
  return docs;
}

export interface FormSchemas {
  name: string;
  config: FormConfig;
  /** The schema the browser is served today (with the county overlay applied). */
  current: SchemaObject;
  /** The county's overlay as written (served to the elements' `overlay-src`), if there is one. */
  overlay?: unknown;
  /** Changes whenever the served schema or overlay changes: the ETag of both. */
  revision: string;
  /** `$id` → schema, for the current and the previous major version. */
  accepted: Map<string, SchemaObject>;
  /** What the checks found: warnings when the form is served, errors when it is refused. */
  issues: CountyIssue[];
  /** Refused: a county file has errors, so nothing is served or accepted for this form. */
  unavailable: boolean;
}

export interface SchemaRegistry {
  forms: Map<string, FormSchemas>;
  /** The checker for a submission to `form` naming `schemaId`, or the Problem to answer with. */
  checkerFor(form: string, schemaId: unknown): Checker;
  /** The form's entry as it is on disk now (re-read if its overlay changed), or a Problem. */
  formFor(form: string): FormSchemas;
  /** Every loaded schema document by `$id` (for GET /api/schemas/…). */
  byId: Map<string, SchemaObject>;
  /** Problems with county files outside any one form (older schema versions that were left out). */
  issues: CountyIssue[];
}

export interface RegistryOptions {
  forms: Record<string, FormConfig>;
  /** Where the current schemas live; default @fazhi/schemas. */
  schemasDir?: string;
  /**
   * A county's folder: `overlays/<form>.json` (JSON Merge Patch on the current schema, re-read when
   * it changes) and `schemas/*.json` (older schema versions still accepted, e.g. after an upgrade).
   */
  configDir?: string;
  /** Told every time a form is (re)loaded, with what its checks found. */
  onLoad?: (entry: FormSchemas) => void;
}

const revisionOf = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);

export function loadRegistry(options: RegistryOptions): SchemaRegistry {
  const schemasDir = options.schemasDir ?? defaultSchemasDir();
  const shown = (file: string) => (options.configDir ? relative(options.configDir, file) : file) || file;
  const issues: CountyIssue[] = [];
  const docs = [...readSchemas(schemasDir, (f) => f, issues), ...(options.configDir ? readSchemas(join(options.configDir, 'schemas'), shown, issues) : [])];
  const byId = new Map(docs.map((doc) => [doc.$id!, doc]));
  const forms = new Map<string, FormSchemas>();
  const checkers = new Map<string, Checker>();
  /** Each overlay file's size and time as last read: a change is noticed on the next request. */
  const seen = new Map<string, string>();

  const overlayFile = (name: string) => (options.configDir ? join(options.configDir, 'overlays', `${name}.json`) : undefined);
  const stamp = (file: string | undefined): string => {
    if (!file || !existsSync(file)) return 'none';
    const { size, mtimeMs } = statSync(file);
    return `${size}:${mtimeMs}`;
  };

  const load = (name: string, config: FormConfig): void => {
    const baseFile = resolve(schemasDir, config.schemaFile);
    if (config.problems?.length) {
      const entry: FormSchemas = { name, config, current: { $id: `urn:fazhi:unavailable:${name}` }, revision: 'unavailable', accepted: new Map(), issues: config.problems, unavailable: true };
      forms.set(name, entry);
      options.onLoad?.(entry);
      return;
    }
    if (!existsSync(baseFile)) return;
    const base = JSON.parse(readFileSync(baseFile, 'utf8')) as SchemaObject;
    const file = overlayFile(name);
    seen.set(name, stamp(file));
    let current = base;
    let overlay: unknown;
    let found: CountyIssue[] = [];
    if (file && existsSync(file)) {
      const check = checkOverlay(base, readFileSync(file, 'utf8'), { file: shown(file) });
      found = check.issues;
      overlay = check.patch;
      if (check.merged) current = check.merged;
    } else {
      found = checkSchemaDocument(base, { file: shown(baseFile) });
    }
    const unavailable = found.some((i) => i.severity === 'error');
    const accepted = new Map<string, SchemaObject>([[current.$id!, current]]);
    const version = majorOf(current.$id!);
    if (version && version.major > 0) {
      const previous = byId.get(version.withMajor(version.major - 1));
      if (previous) accepted.set(previous.$id!, previous);
    }
    for (const key of [...checkers.keys()]) if (key.startsWith(`${name}\n`)) checkers.delete(key);
    // Compiled now, never on the first citizen's submission.
    if (!unavailable) for (const [id, schema] of accepted) checkers.set(`${name}\n${id}`, createChecker(schema, { locale: 'zh-CN' }));
    const entry: FormSchemas = { name, config, current, overlay, revision: revisionOf([current, overlay ?? null]), accepted, issues: found, unavailable };
    forms.set(name, entry);
    byId.set(current.$id!, current);
    options.onLoad?.(entry);
  };

  for (const [name, config] of Object.entries(options.forms)) load(name, config);

  const formFor = (form: string): FormSchemas => {
    const config = Object.hasOwn(options.forms, form) ? options.forms[form] : undefined;
    if (config && seen.get(form) !== stamp(overlayFile(form))) load(form, config);
    const entry = forms.get(form);
    if (!entry) throw new Problem('not-found', `没有名为“${form.slice(0, 50)}”的表单。`);
    if (entry.unavailable) {
      const first = entry.issues.filter((i) => i.severity === 'error').slice(0, 3).map(formatIssue).join('；');
      throw new Problem('form-unavailable', `这个表单的县级配置有误，暂时不能使用，请稍后再试或拨打 12348。管理员请检查：${first}`);
    }
    return entry;
  };

  const checkerFor = (form: string, schemaId: unknown): Checker => {
    const entry = formFor(form);
    if (typeof schemaId !== 'string' || schemaId === '') {
      throw new Problem('bad-request', '请求缺少 schema 字段（表单的 $id）。');
    }
    const checker = checkers.get(`${form}\n${schemaId}`);
    if (!checker) {
      const sent = majorOf(schemaId);
      const now = majorOf(entry.current.$id!);
      if (sent && now && sent.withMajor(now.major) === entry.current.$id && sent.major < now.major) {
        throw new Problem('outdated-schema', '您使用的表单版本已停用，请刷新页面后重新填写提交。');
      }
      throw new Problem('unknown-schema', `此地址不接收该表单（${schemaId.slice(0, 200)}）。请刷新页面后重试。`);
    }
    return checker;
  };

  return { forms, checkerFor, formFor, byId, issues };
}
