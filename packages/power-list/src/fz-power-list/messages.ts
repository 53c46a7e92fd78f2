import { translate, type Catalogue, type Locale } from '@fazhi/core';

export const powerListMessages = {
  'zh-CN': {
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
  },
  en: {
    caption: 'Power and responsibility list',
    noun: 'items',
    captionHint: ', column headers with buttons sort the table',
    searchHint: 'Words from the name, code or legal basis',
    colCode: 'Code',
    colName: 'Name',
    colCategory: 'Category',
    colAgency: 'Implementing body',
    colUnit: 'Handling office',
    colBasis: 'Legal basis',
    colPhone: 'Supervision phone',
    colContact: 'Enquiries',
    colLevel: 'Level',
    colStatus: 'Status',
    colUpdatedAt: 'Updated',
    detailOf: 'Details of {name}',
    subItems: 'Sub-items',
    basis: 'Legal basis',
    agency: 'Implementing body',
    unit: 'Handling office',
    level: 'Level',
    entrusted: 'Entrusted to the township',
    yes: 'Yes',
    responsibilities: 'Responsibilities',
    accountability: 'Accountability',
    accountabilityBasis: 'Basis: {basis}',
    supervisionPhone: 'Supervision phone',
    contact: 'Enquiries',
    steps: 'Process',
    stepsLabel: 'Process, {count} steps',
    stepN: 'Step {n}',
    timeLimit: 'Time limit: {limit}',
    riskPoints: 'Integrity risk points',
    remarks: 'Remarks',
    status: 'Status',
    updatedAt: 'Updated',
    permalink: 'Link to this item',
    fullText: 'Full text',
    csvFile: 'power-list',
    badData: 'The list data is not in the expected format. Please contact the site administrator.',
  },
} satisfies Catalogue;

export type PowerListMessageKey = keyof (typeof powerListMessages)['zh-CN'];

export function powerListText(locale: Locale) {
  return (key: PowerListMessageKey, params?: Record<string, unknown>) => translate(powerListMessages, locale, key, params);
}

/**
 * Labels of the coded values in schemas/power-list-item.schema.json (and common.schema.json's
 * powerCategory), so the element does not ship the schema; a test keeps them equal to the schema's
 * `oneOf` titles. A portal's own codes get labels through the `labels` property.
 */
export const VALUE_LABELS: Record<Locale, Record<string, Record<string, string>>> = {
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
  en: {
    category: {
      licensing: 'Licensing',
      penalty: 'Penalties',
      coercion: 'Enforcement measures',
      levy: 'Levies',
      benefit: 'Benefits',
      inspection: 'Inspections',
      confirmation: 'Confirmations',
      reward: 'Awards',
      adjudication: 'Adjudication',
      other: 'Other powers',
    },
    level: { province: 'Province', city: 'City', county: 'County', township: 'Township' },
    stage: {
      filing: 'Filing',
      investigation: 'Investigation',
      review: 'Review',
      notification: 'Notification',
      decision: 'Decision',
      service: 'Service',
      enforcement: 'Enforcement',
      supervision: 'Follow-up supervision',
      other: 'Other',
    },
    status: { valid: 'In force', adjusted: 'Adjusted', cancelled: 'Cancelled' },
  },
};

/** The standard categories in the order lists publish them; a portal's own codes follow. */
export const STANDARD_CATEGORIES = Object.keys(VALUE_LABELS['zh-CN'].category);

/** The label of a coded value: the portal's `labels` first, then the built-in ones, else the value itself. */
export function valueLabel(field: string, value: string, locale: Locale, labels?: Record<string, Record<string, string>>): string {
  return labels?.[field]?.[value] ?? VALUE_LABELS[locale]?.[field]?.[value] ?? VALUE_LABELS['zh-CN'][field]?.[value] ?? value;
}
