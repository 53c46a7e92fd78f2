import type { SchemaObject } from '@fazhi/core';

/** A county file was refused: the lines to log for whoever maintains the page. */
export class CountyFileError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'CountyFileError';
  }
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new Error(`${url}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    // The reference server names the file, line and place of a county mistake in a 503 problem.
    const type = response.headers.get('content-type') ?? '';
    const detail = type.startsWith('application/problem+json') ? ((await response.json().catch(() => ({}))) as { detail?: unknown }).detail : undefined;
    const line = `${url}: HTTP ${response.status}${typeof detail === 'string' ? ` ${detail}` : ''}`;
    throw response.status === 503 && detail ? new CountyFileError([line]) : new Error(line);
  }
  return response.text();
}

/** The checks are only needed where a county file is loaded, so they arrive on demand. */
const county = () => import('@fazhi/core/county');

/** Fetches a whole schema (`schema-src`) and checks it as the server does; throws what is wrong. */
export async function loadSchema(url: string): Promise<SchemaObject> {
  const text = await fetchText(url);
  const { parseJsonText, checkSchemaDocument, formatIssue } = await county();
  const parsed = parseJsonText(text, url);
  const issues = parsed.value === undefined ? parsed.issues : [...parsed.issues, ...checkSchemaDocument(parsed.value, { file: url })];
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new CountyFileError(errors.map(formatIssue));
  for (const warning of issues) console.warn(formatIssue(warning));
  return parsed.value as SchemaObject;
}

/** Fetches a county overlay (`overlay-src`) and checks it against the base as the server does. */
export async function loadOverlay(url: string, base: SchemaObject | undefined): Promise<unknown> {
  const text = await fetchText(url);
  const { checkOverlay, formatIssue, parseJsonText } = await county();
  // No base yet (a schema to be set from script): only the syntax can be checked here.
  const check = base ? checkOverlay(base, text, { file: url }) : { issues: parseJsonText(text, url).issues, patch: parseJsonText(text, url).value };
  const errors = check.issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new CountyFileError(errors.map(formatIssue));
  for (const warning of check.issues) console.warn(formatIssue(warning));
  return check.patch;
}
