/*
 * CSV for Excel on Windows, which the public and county staff open exports with: a UTF-8 BOM (or
 * Chinese turns into mojibake), CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet
 * would run as a formula (= + - @, tab, CR, and their full-width forms, also behind leading spaces,
 * line feeds or invisible characters) prefixed with an apostrophe (OWASP "CSV injection"). Numbers
 * stay numbers.
 */

export type CsvValue = string | number | boolean | null | undefined | readonly CsvValue[];

const FORMULA_START = /^[=+\-@\t\r]/;
// Spaces of every kind, controls (line feeds), format characters (zero-width space, BOM, direction
// marks) and blank fillers: a spreadsheet may skip them, and a reader cannot see them.
const INVISIBLE_LEAD = /^[\p{Z}\p{Cc}\p{Cf}\u034f\u115f\u1160\u3164\uffa0\u2800]+/u;

function formulaLike(cell: string): boolean {
  return FORMULA_START.test(cell.slice(0, 1)) || FORMULA_START.test(cell.replace(INVISIBLE_LEAD, '').slice(0, 1).normalize('NFKC'));
}

function text(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(text).filter((v) => v !== '').join('；');
  return String(value);
}

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let cell = text(value);
  if (formulaLike(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export interface CsvOptions {
  /** Prefix a UTF-8 byte order mark; default true. */
  bom?: boolean;
}

/** Rows of cells (the header row first) → CSV text ending in CRLF. */
export function buildCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
  return (options.bom === false ? '' : '\ufeff') + body;
}

export interface CsvColumn<T> {
  label: string;
  value: (item: T) => CsvValue;
}

/** Items → CSV with one header row, each column's value read by its function (pass masked values here). */
export function itemsToCsv<T>(items: readonly T[], columns: readonly CsvColumn<T>[], options?: CsvOptions): string {
  return buildCsv([columns.map((c) => c.label), ...items.map((item) => columns.map((c) => c.value(item)))], options);
}
