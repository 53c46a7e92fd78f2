import type { RegionNode } from '@fazhi/core';
import { regions } from './generated/regions-cn.js';

/**
 * `code` + `name` entries separated by "|" into a tree. GB/T 2260 codes say where each entry
 * belongs: `xx0000` a province, `xxyy00` a prefecture in it, any other a county under its
 * prefecture (or under the province when the source has no prefecture row).
 */
export function decodeRegions(text: string): RegionNode[] {
  const provinces: RegionNode[] = [];
  const byCode = new Map<string, RegionNode>();
  for (const entry of text.split('|')) {
    const node: RegionNode = { code: entry.slice(0, 6), name: entry.slice(6) };
    byCode.set(node.code, node);
    const parent = node.code.endsWith('0000')
      ? undefined
      : node.code.endsWith('00')
        ? byCode.get(`${node.code.slice(0, 2)}0000`)
        : (byCode.get(`${node.code.slice(0, 4)}00`) ?? byCode.get(`${node.code.slice(0, 2)}0000`));
    if (!parent) provinces.push(node);
    else (parent.children ??= []).push(node);
  }
  return provinces;
}

/** Loaded only through national-regions.ts, on demand: data and decoder stay out of every drop-in. */
export const nationalTree = decodeRegions(regions);
