/** One node of a 行政区划 tree as a portal supplies it (JSON); children are the next level down. */
export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

/** The nodes from the top of `tree` down to `code` (province first), or null when it is not there. */
export function findRegionPath(tree: readonly RegionNode[], code: string): RegionNode[] | null {
  for (const node of tree) {
    if (node.code === code) return [node];
    const below = node.children ? findRegionPath(node.children, code) : null;
    if (below) return [node, ...below];
  }
  return null;
}
