import type { Locale } from '@fazhi/core';

/**
 * Titles of the schemas' coded values (enforcement-*.schema.json `oneOf` const/title, and
 * common.schema.json powerCategory), per locale. A value that is not a known code — a feed that
 * already sends 罚款 — is shown as it is. A test keeps the zh-CN titles equal to the schemas'.
 */
const zhCN = {
  partyType: { 'legal-entity': '法人及非法人组织', 'individual-business': '个体工商户', 'natural-person': '自然人' },
  penalty: {
    warning: '警告', criticism: '通报批评', fine: '罚款', 'confiscate-gains': '没收违法所得', 'confiscate-property': '没收非法财物',
    'suspend-permit': '暂扣许可证件', downgrade: '降低资质等级', 'revoke-permit': '吊销许可证件', 'restrict-business': '限制开展生产经营活动',
    'suspend-business': '责令停产停业', close: '责令关闭', 'restrict-practice': '限制从业', detention: '行政拘留', other: '其他',
  },
  bodyType: { 'administrative-organ': '行政机关', 'authorized-org': '法律法规授权组织', 'entrusted-org': '受委托组织' },
  officerStatus: { valid: '有效', expired: '已过期', suspended: '暂扣', revoked: '已注销' },
  category: {
    licensing: '行政许可', penalty: '行政处罚', coercion: '行政强制', levy: '行政征收', benefit: '行政给付', inspection: '行政检查',
    confirmation: '行政确认', reward: '行政奖励', adjudication: '行政裁决', other: '其他行政权力',
  },
} as const;

export type CodeGroup = keyof typeof zhCN;
export type CodeLabels = { [G in CodeGroup]: { [K in keyof (typeof zhCN)[G]]: string } };

/** zh-CN is built in; messages.en.ts adds English (registered in messages.ts). */
export const codeLabels: { 'zh-CN': CodeLabels } & Partial<Record<Locale, CodeLabels>> = { 'zh-CN': zhCN };

/** The title of a coded value in `locale`, falling back to zh-CN, then to the value itself. */
export function codeLabel(locale: Locale, group: CodeGroup, value: string): string {
  const own = codeLabels[locale]?.[group] as Record<string, string> | undefined;
  return own?.[value] ?? (codeLabels['zh-CN'][group] as Record<string, string>)[value] ?? value;
}
