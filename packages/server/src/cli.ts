import { checkOverlay, checkSchemaDocument, formatIssue, parseJsonText, type CountyIssue } from '@fazhi/core/county';
import type { SchemaObject } from '@fazhi/core';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { FORMS } from './forms.js';
import { defaultSchemasDir } from './schemas.js';

const USAGE = `用法：npx fazhi check <文件>… [--form <表单名>]

检查县里的覆盖文件或自己的表单模式，和服务器加载时的检查一样。
  覆盖文件：文件名是表单名（例如 overlays/legal-aid-application.json），或用 --form 指明。
  整份模式：文件里有 "$schema" 或 "$id"。
表单名：${Object.keys(FORMS).join('、')}
有错误时退出码为 1。`;

/** The base a file overlays: named by --form, or by the file name as in the overlays folder. */
function baseFor(file: string, form: string | undefined): SchemaObject | string {
  const name = form ?? basename(file).replace(/\.json$/, '');
  const config = Object.hasOwn(FORMS, name) ? FORMS[name] : undefined;
  if (!config) return `不知道这是哪个表单的覆盖文件，请用 --form 指明（${Object.keys(FORMS).join('、')}）`;
  return JSON.parse(readFileSync(resolve(defaultSchemasDir(), config.schemaFile), 'utf8')) as SchemaObject;
}

function checkFile(file: string, form: string | undefined): CountyIssue[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [{ severity: 'error', code: 'file.unreadable', file, pointer: '', message: '读不到这个文件，请检查路径' }];
  }
  const parsed = parseJsonText(text, file);
  if (parsed.value === undefined) return parsed.issues;
  const value = parsed.value as Record<string, unknown> | null;
  const whole = !form && !!value && typeof value === 'object' && ('$schema' in value || '$id' in value);
  if (whole) return [...parsed.issues, ...checkSchemaDocument(value, { file })];
  const base = baseFor(file, form);
  if (typeof base === 'string') return [{ severity: 'error', code: 'file.form', file, pointer: '', message: base }];
  return checkOverlay(base, text, { file }).issues;
}

/** `fazhi check`: prints each problem on its own line; exits 1 when any file has an error. */
export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'check' || !rest.length || rest.includes('--help')) {
    console.log(USAGE);
    return command === 'check' || rest.includes('--help') || command === '--help' ? 0 : 2;
  }
  const formAt = rest.indexOf('--form');
  const form = formAt >= 0 ? rest[formAt + 1] : undefined;
  const files = rest.filter((_, i) => formAt < 0 || (i !== formAt && i !== formAt + 1));
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const issues = checkFile(file, form);
    for (const issue of issues) console.log(formatIssue(issue));
    errors += issues.filter((i) => i.severity === 'error').length;
    warnings += issues.length - issues.filter((i) => i.severity === 'error').length;
    if (!issues.length) console.log(`${file}：没有发现问题`);
  }
  if (errors || warnings) console.log(`共 ${errors} 个错误、${warnings} 个提醒${errors ? '；有错误的文件不会被使用' : ''}`);
  return errors ? 1 : 0;
}
