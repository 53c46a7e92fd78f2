import { onLocale, translate, type Catalogue, type Locale } from '@fazhi/core';
import type { ValueLabels } from './types.js';

const zhCN = {
  caption: '权责清单',
  noun: '事项',
  captionHint: '，点击列标题可排序',
  searchHint: '可输入事项名称、编码或法律依据中的词语',
  colCode: '事项编码',
  colName: '事项名称',
  colCategory: '职权类型',
  colAgency: '实施主体',
  colUnit: '承办机构',
  colBasis: '设定依据',
  colPhone: '监督电话',
  colContact: '咨询电话',
  colLevel: '行使层级',
  colStatus: '状态',
  colUpdatedAt: '更新日期',
  detailOf: '{name}的详细信息',
  subItems: '子项',
  basis: '设定和实施依据',
  agency: '实施主体',
  unit: '承办机构',
  level: '行使层级',
  entrusted: '委托乡镇（街道）实施',
  yes: '是',
  no: '否',
  responsibilities: '责任事项',
  accountability: '追责情形',
  accountabilityBasis: '依据：{basis}',
  supervisionPhone: '监督电话',
  contact: '咨询电话',
  steps: '办理流程',
  stepsLabel: '办理流程，共 {count} 步',
  stepN: '第 {n} 步',
  timeLimit: '时限：{limit}',
  riskPoints: '廉政风险点',
  remarks: '备注',
  status: '状态',
  updatedAt: '更新日期',
  permalink: '本事项链接',
  fullText: '查看原文',
  csvFile: '权责清单',
  badData: '清单数据格式不正确，请联系网站管理员。',
};

/** The export's zh-CN texts arrive with it, on demand (server-export.ts); messages.en.ts has every key. */
export type PowerListMessageKey = keyof typeof zhCN | keyof typeof import('./server-export.js').zhExportMessages;

export const powerListMessages = { 'zh-CN': zhCN } as unknown as Catalogue<PowerListMessageKey>;

// The English texts and value labels load with `loadLocale('en')`.
onLocale('en', () => import('./messages.en.js'));

export function powerListText(locale: Locale) {
  return (key: PowerListMessageKey, params?: Record<string, unknown>) => translate(powerListMessages, locale, key, params);
}

/**
 * Labels of the coded values in schemas/power-list-item.schema.json (and common.schema.json's
 * powerCategory), so the element does not ship the schema; a test keeps them equal to the schema's
 * `oneOf` titles. A portal's own codes get labels through the `labels` property.
 */
export const VALUE_LABELS: { 'zh-CN': ValueLabels } & Partial<Record<Locale, ValueLabels>> = {
  'zh-CN': {
    category: {
      licensing: '行政许可',
      penalty: '行政处罚',
      coercion: '行政强制',
      levy: '行政征收',
      benefit: '行政给付',
      inspection: '行政检查',
      confirmation: '行政确认',
      reward: '行政奖励',
      adjudication: '行政裁决',
      other: '其他行政权力',
    },
    level: { province: '省级', city: '市级', county: '县级', township: '乡镇（街道）' },
    stage: {
      filing: '立案（受理）',
      investigation: '调查取证',
      review: '审查',
      notification: '告知',
      decision: '决定',
      service: '送达',
      enforcement: '执行',
      supervision: '事后监管',
      other: '其他',
    },
    status: { valid: '有效', adjusted: '已调整', cancelled: '已取消' },
  },
};

/** The standard categories in the order lists publish them; a portal's own codes follow. */
export const STANDARD_CATEGORIES = Object.keys(VALUE_LABELS['zh-CN'].category);

/** The label of a coded value: the portal's `labels` first, then the built-in ones, else the value itself. */
export function valueLabel(field: string, value: string, locale: Locale, labels?: ValueLabels): string {
  return labels?.[field]?.[value] ?? VALUE_LABELS[locale]?.[field]?.[value] ?? VALUE_LABELS['zh-CN'][field]?.[value] ?? value;
}
