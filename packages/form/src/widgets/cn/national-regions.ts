import type { RegionNode } from '@fazhi/core';

let tree: RegionNode[] | undefined;
let loading: Promise<void> | undefined;
const waiting = new Set<() => void>();

/**
 * The national 行政区划 (province, prefecture, county) for a region field on a page that supplied
 * no tree of its own. It is a file of its own (national-tree.ts with its data, about 25 KB gzipped),
 * downloaded the first time a region field is shown: returns the tree once it is here, and until
 * then starts the download (once) and calls `arrived` when it comes. A failed download is tried
 * again on the next call; meanwhile the field takes the code typed.
 */
export function nationalRegions(arrived?: () => void): RegionNode[] | undefined {
  if (tree) return tree;
  if (arrived) waiting.add(arrived);
  loading ??= import('./national-tree.js').then(
    (data) => {
      tree = data.nationalTree;
      for (const callback of waiting) callback();
      waiting.clear();
    },
    () => {
      loading = undefined;
    },
  );
  return undefined;
}
