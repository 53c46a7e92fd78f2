import { extendRedFlags, RED_FLAGS, type RedFlagOverride, type RedFlagPattern } from '@fazhi/core';

/**
 * The patterns an element uses: the built-in list with the province's entries applied. A list that
 * is not an array is ignored (a console warning says so) rather than breaking the form.
 */
export function patternsFrom(overrides: unknown): readonly RedFlagPattern[] {
  if (overrides === undefined || overrides === null) return RED_FLAGS;
  if (!Array.isArray(overrides)) {
    console.warn('[fazhi-kit] precheckPatterns 应为数组，已忽略。 (precheckPatterns must be an array; ignored.)');
    return RED_FLAGS;
  }
  return extendRedFlags(overrides as RedFlagOverride[]);
}

/** A province's pattern list from `precheck-src` (a JSON array); undefined when it cannot be read. */
export async function fetchPatterns(url: string): Promise<RedFlagOverride[] | undefined> {
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const json: unknown = await response.json();
    if (!Array.isArray(json)) throw new Error('not an array');
    return json as RedFlagOverride[];
  } catch (error) {
    console.warn(`[fazhi-kit] 预审规则 ${url} 加载失败，使用内置规则。 (${String(error)})`);
    return undefined;
  }
}
