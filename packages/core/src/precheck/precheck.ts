import { compact } from '../formats/width.js';
import { RED_FLAGS, type RedFlagLevel, type RedFlagOverride, type RedFlagPattern } from './red-flags.js';

/** One piece of wording the pre-check found, with why it matters and the legal basis. */
export interface PrecheckFlag {
  id: string;
  /** The words that matched (spaces removed, full-width made half-width). */
  match: string;
  title: string;
  explanation: string;
  basis: string;
  level: RedFlagLevel;
  issue?: string;
}

const compiled = new Map<string, RegExp | null>();

/** A pattern source as a RegExp, or null when it is not a valid regular expression. */
function regex(source: string): RegExp | null {
  let found = compiled.get(source);
  if (found === undefined) {
    try {
      found = new RegExp(source, 'u');
    } catch {
      found = null;
    }
    compiled.set(source, found);
  }
  return found;
}

/** Entries of a province's list that cannot be used, with the reason (for an editor's check). */
export function invalidPatterns(patterns: readonly unknown[]): { index: number; reason: string }[] {
  const problems: { index: number; reason: string }[] = [];
  patterns.forEach((entry, index) => {
    const p = entry as Partial<RedFlagPattern> & { off?: unknown };
    if (!p || typeof p !== 'object' || typeof p.id !== 'string' || !p.id) problems.push({ index, reason: '缺少 id' });
    else if (p.off === true) return;
    else if (typeof p.pattern !== 'string' || !regex(p.pattern)) problems.push({ index, reason: `${p.id}：pattern 不是有效的正则表达式` });
    else if (p.unless !== undefined && (typeof p.unless !== 'string' || !regex(p.unless))) problems.push({ index, reason: `${p.id}：unless 不是有效的正则表达式` });
    else if (typeof p.title !== 'string' || typeof p.explanation !== 'string' || typeof p.basis !== 'string') {
      problems.push({ index, reason: `${p.id}：需要 title、explanation 和 basis` });
    }
  });
  return problems;
}

/**
 * The built-in list with a province's entries applied: an entry with a known id replaces that
 * pattern, `{ id, off: true }` drops it, any other entry is added at the end. Unusable entries
 * are left out (see `invalidPatterns`).
 */
export function extendRedFlags(overrides: readonly RedFlagOverride[] = [], base: readonly RedFlagPattern[] = RED_FLAGS): RedFlagPattern[] {
  const bad = new Set(invalidPatterns(overrides).map((p) => p.index));
  const list = [...base];
  overrides.forEach((entry, index) => {
    if (bad.has(index)) return;
    const at = list.findIndex((p) => p.id === entry.id);
    if ('off' in entry && entry.off) {
      if (at >= 0) list.splice(at, 1);
    } else if (at >= 0) list[at] = entry as RedFlagPattern;
    else list.push(entry as RedFlagPattern);
  });
  return list;
}

/**
 * Wording in one article that commonly breaks the law: at most one flag per pattern, in list
 * order. Advice only: a flag never blocks a submission.
 */
export function precheckArticle(text: string, patterns: readonly RedFlagPattern[] = RED_FLAGS): PrecheckFlag[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  const plain = compact(text);
  const flags: PrecheckFlag[] = [];
  for (const p of patterns) {
    const found = regex(p.pattern)?.exec(plain);
    if (!found || !found[0]) continue;
    if (p.unless && regex(p.unless)?.test(plain)) continue;
    flags.push({
      id: p.id,
      match: found[0],
      title: p.title,
      explanation: p.explanation,
      basis: p.basis,
      level: p.level ?? 'high',
      ...(p.issue ? { issue: p.issue } : {}),
    });
  }
  return flags;
}
