import type { SchemaObject } from '@fazhi/core';
import { checkOverlay, checkSchemaDocument, parseJsonText, type CountyIssue } from '@fazhi/core/county';
import type { DesignSession } from './session.js';

/** The county's checks on a file an editor opens: an overlay on `base`, or a whole form. */
export function checkFile(base: SchemaObject | undefined, text: string, file: string): CountyIssue[] {
  if (base) return checkOverlay(base, text, { file }).issues;
  const parsed = parseJsonText(text, file);
  return parsed.value === undefined ? parsed.issues : [...parsed.issues, ...checkSchemaDocument(parsed.value as SchemaObject).map((i) => ({ ...i, file }))];
}

/** The same checks on the work in progress, listed beside it as the editor works. */
export function checkWork(session: DesignSession): CountyIssue[] {
  return session.base ? checkOverlay(session.base, JSON.parse(session.fileText)).issues : checkSchemaDocument(session.doc);
}

/** `legal-aid-application.overlay.json`, or the whole form's own name from its `$id`. */
export function fileNameOf(session: DesignSession, base: string | undefined): string {
  if (session.base) return `${base}.overlay.json`;
  const name = String(session.doc.$id ?? '').split('/').pop()?.replace(/\.json$/, '');
  return `${name || 'form'}.json`;
}

/** Hands the text to the browser as a file download. */
export function saveToDisk(fileName: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} 读取失败（${response.status}）`);
  return response.text();
}

export const fetchJson = async (url: string): Promise<unknown> => JSON.parse(await fetchText(url));

/** The county's overlay at `url`, checked as the server checks it: `patch` only when it has no error. */
export async function readOverlay(base: SchemaObject, url: string): Promise<{ patch?: unknown; errors: CountyIssue[] }> {
  const check = checkOverlay(base, await fetchText(url), { file: url.split('/').pop() });
  return check.ok ? { patch: check.patch, errors: [] } : { errors: check.issues.filter((i) => i.severity === 'error') };
}
