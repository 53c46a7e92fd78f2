import { parseJsonText, type CountyIssue } from '@fazhi/core/county';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FormConfig } from './config.js';
import { defaultSchemasDir } from './schemas.js';

/** What a form schema's root says about how the server takes it (`x-fz-form`, in the vocabulary). */
interface FormHint {
  receiptPrefix?: unknown;
  paths?: unknown;
  staff?: unknown;
  links?: unknown;
}

export interface DiscoveredForms {
  forms: Record<string, FormConfig>;
  /** Problems with county files that name no form of their own (a built-in form's name). */
  issues: CountyIssue[];
}

const SUFFIX = '.schema.json';

/**
 * The forms the server takes, learnt from files, not code: every `<name>.schema.json` in the schemas
 * folder whose root has `x-fz-form` (the built-in forms), then every `forms/<name>.schema.json` in
 * the county's folder. A county file that cannot be read, lacks `x-fz-form`, takes a built-in
 * form's name, or reuses a receipt prefix or a path is still registered, with its problems, so that
 * its own URL answers 503 naming them while every other form goes on.
 */
export function discoverForms(options: { schemasDir?: string; configDir?: string } = {}): DiscoveredForms {
  const schemasDir = options.schemasDir ?? defaultSchemasDir();
  const forms: Record<string, FormConfig> = {};
  const prefixes = new Map<string, string>();
  const paths = new Map<string, string>();
  const issues: CountyIssue[] = [];

  const add = (name: string, file: string, shown: string, county: boolean): void => {
    const problems: CountyIssue[] = [];
    const say = (pointer: string, message: string) => problems.push({ severity: 'error', code: 'form.config', file: shown, pointer, message });
    const parsed = parseJsonText(readFileSync(file, 'utf8'), shown);
    problems.push(...parsed.issues.filter((i) => i.severity === 'error'));
    const hint = ((parsed.value as { 'x-fz-form'?: FormHint } | undefined)?.['x-fz-form'] ?? {}) as FormHint;
    if (parsed.value !== undefined && !(parsed.value as Record<string, unknown>)['x-fz-form']) {
      say('', '缺少 "x-fz-form"：请写明回执编号前缀，例如 "x-fz-form": { "receiptPrefix": "TJ" }');
    }
    if (county && Object.hasOwn(forms, name)) say('', `与内置表单“${name}”重名；要修改内置表单，请写覆盖文件 overlays/${name}.json`);
    const receiptPrefix = typeof hint.receiptPrefix === 'string' ? hint.receiptPrefix : '';
    const owner = prefixes.get(receiptPrefix);
    if (receiptPrefix && owner) say('/x-fz-form/receiptPrefix', `回执编号前缀“${receiptPrefix}”已被表单“${owner}”使用，请换一个`);
    const aliases = Array.isArray(hint.paths) ? hint.paths.filter((p): p is string => typeof p === 'string') : [];
    aliases.forEach((path, i) => {
      const taken = paths.get(path);
      if (taken) say(`/x-fz-form/paths/${i}`, `提交地址“${path}”已被表单“${taken}”使用`);
    });
    const config: FormConfig = {
      schemaFile: file,
      receiptPrefix,
      aliases: problems.length ? [] : aliases,
      ...(hint.links && typeof hint.links === 'object' ? { links: hint.links as Record<string, string> } : {}),
      ...(hint.staff === true ? { staff: true } : {}),
      ...(county ? { county: true } : {}),
      ...(problems.length ? { problems } : {}),
    };
    if (county && Object.hasOwn(forms, name)) return void issues.push(...problems); // the built-in form keeps its name
    forms[name] = config;
    if (!problems.length) {
      if (receiptPrefix) prefixes.set(receiptPrefix, name);
      for (const path of aliases) paths.set(path, name);
    }
  };

  for (const file of readdirSync(schemasDir).sort()) {
    if (!file.endsWith(SUFFIX)) continue;
    const root = parseJsonText(readFileSync(join(schemasDir, file), 'utf8')).value as Record<string, unknown> | undefined;
    if (!root || typeof root !== 'object' || !root['x-fz-form']) continue; // record schemas, shared definitions, the vocabulary
    add(file.slice(0, -SUFFIX.length), join(schemasDir, file), file, false);
  }
  const countyDir = options.configDir ? join(options.configDir, 'forms') : undefined;
  if (countyDir && existsSync(countyDir)) {
    for (const file of readdirSync(countyDir).sort()) {
      if (!file.endsWith('.json')) continue;
      const name = file.endsWith(SUFFIX) ? file.slice(0, -SUFFIX.length) : file.slice(0, -'.json'.length);
      add(name, join(countyDir, file), relative(options.configDir!, join(countyDir, file)), true);
    }
  }
  return { forms, issues };
}

/** The built-in forms (from @fazhi/schemas), for tools and tests that add forms of their own. */
export const FORMS: Record<string, FormConfig> = discoverForms().forms;
