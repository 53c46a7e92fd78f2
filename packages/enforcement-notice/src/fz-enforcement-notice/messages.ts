import { onLocale, type Catalogue } from '@fazhi/core';

const zhCN = {
  tabsLabel: '公示内容',
  'tab.decisions': '执法决定',
  'tab.bodies': '执法主体',
  'tab.officers': '执法人员',
  'tab.matters': '执法事项',
  'noun.decisions': '执法决定',
  'noun.bodies': '执法主体',
  'noun.officers': '执法人员',
  'noun.matters': '执法事项',
  'caption.decisions': '行政执法决定公示',
  'caption.bodies': '行政执法主体',
  'caption.officers': '行政执法人员及执法证件',
  'caption.matters': '行政执法事项',
  'hint.decisions': '可输入文书号、当事人、违法行为或处罚机关中的词语',
  'hint.bodies': '可输入主体名称、信用代码或职权范围中的词语',
  'hint.officers': '可输入姓名、执法证号、单位或执法门类',
  'hint.matters': '可输入事项名称、编码或依据中的词语',
  filters: '筛选',
  filterBody: '执法主体',
  filterKind: '处罚种类',
  dateFrom: '决定日期从',
  dateTo: '决定日期至',
  dateHint: '格式：年-月-日，如 2026-01-31',
  clearFilters: '清除筛选',
  docNo: '决定书文号',
  party: '当事人',
  violation: '违法行为类型',
  penaltyTypes: '处罚种类',
  fineAmount: '罚没金额',
  fine: '罚款 {amount} 元',
  confiscated: '没收 {amount} 元',
  agency: '处罚机关',
  decidedAt: '决定日期',
  view: '查看',
  sortBy: '排序',
  loadErrorServer: '执法公示数据加载失败，请稍后重试。',
  none: '—',
};

/** Texts of the on-demand parts (tables of the other lists, detail, chart), in zh-CN. */
export type ExtraMessageKey = keyof typeof import('./messages.extra.js').zhExtraMessages;
export type NoticeMessageKey = keyof typeof zhCN | ExtraMessageKey;

/**
 * The element's own texts; list texts (search, pager, empty state) come from @fazhi/form's list
 * catalogue. zh-CN is built in; English (every key, and the code titles) loads with `loadLocale('en')`.
 */
// The on-demand parts add their zh-CN texts when they arrive (see lazy.ts); nothing shows them before.
export const noticeMessages = { 'zh-CN': zhCN } as unknown as Catalogue<NoticeMessageKey>;

onLocale('en', () => import('./messages.en.js'));
