/**
 * One problem in a county's file (an overlay or a whole schema), said so that an editor can find
 * and fix it: the file, the line, the place (`properties.matter.properties.facts`) and what to do.
 */
export interface CountyIssue {
  /** `error`: the file is refused. `warning`: it works, but probably not as meant. */
  severity: 'error' | 'warning';
  /** Stable, for tests and tools: `json.syntax`, `overlay.unknown-field`, `locked.required`… */
  code: string;
  file?: string;
  line?: number;
  column?: number;
  /** RFC 6901 pointer into the file ('' for the whole file). */
  pointer: string;
  message: string;
}

/** The place as an editor reads it: the keys joined by dots, array items as [n]. */
export function placeOf(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, key) => (/^\d+$/.test(key) ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/** "overlays/legal-aid.json 第 7 行 properties.facts：…" — one line per issue, as the CLI prints it. */
export function formatIssue(issue: CountyIssue): string {
  const where = [issue.file, issue.line ? `第 ${issue.line} 行` : '', placeOf(issue.pointer)].filter(Boolean).join(' ');
  const mark = issue.severity === 'warning' ? '提醒：' : '';
  return where ? `${where}：${mark}${issue.message}` : `${mark}${issue.message}`;
}
