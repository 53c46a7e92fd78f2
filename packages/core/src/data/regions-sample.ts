import type { RegionNode } from './region-tree.js';

/** Village-level nodes under a township: [last three digits, name]. */
function villages(township: string, entries: [string, string][]): RegionNode[] {
  return entries.map(([suffix, name]) => ({ code: `${township}${suffix}`, name }));
}

/**
 * A small tree for the demo county portal, not the whole country. Province, city and county
 * codes and names are real GB/T 2260 entries; townships (9 digits) and villages (12 digits) are
 * invented and marked （示例）. As in 统计用区划代码: 镇 1xx, 乡 2xx; 村 2xx, 社区 0xx.
 */
export const regionsSample: RegionNode[] = [
  {
    code: '330000',
    name: '浙江省',
    children: [
      {
        code: '330100',
        name: '杭州市',
        children: [
          {
            code: '330122',
            name: '桐庐县',
            children: [
              { code: '330122101', name: '青溪镇（示例）', children: villages('330122101', [['001', '溪口社区（示例）'], ['201', '上溪村（示例）'], ['202', '下溪村（示例）']]) },
              { code: '330122201', name: '白云乡（示例）', children: villages('330122201', [['201', '云头村（示例）'], ['202', '云脚村（示例）']]) },
            ],
          },
          {
            code: '330127',
            name: '淳安县',
            children: [
              { code: '330127101', name: '湖畔镇（示例）', children: villages('330127101', [['201', '东岸村（示例）'], ['202', '西岸村（示例）']]) },
              { code: '330127201', name: '山里乡（示例）', children: villages('330127201', [['201', '茶园村（示例）'], ['202', '竹林村（示例）']]) },
            ],
          },
        ],
      },
    ],
  },
];
