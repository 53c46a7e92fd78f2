import { interpolate, onLocale, type Catalogue, type Locale } from '@fazhi/core';

/** Texts of the shared list parts; an element passes its own `noun` (事项, 公示) where a sentence needs one. */
const zhCN = {
  search: '搜索',
  searchLabel: '搜索{noun}',
  searchHint: '可输入名称、编码或依据中的词语',
  filterLabel: '按类别筛选',
  all: '全部',
  countSuffix: '项',
  pagination: '分页',
  pageOf: '第 {page} 页，共 {pages} 页',
  pageN: '第 {page} 页',
  previous: '上一页',
  next: '下一页',
  resultCount: '共 {total} 项{noun}',
  resultCountFor: '“{q}”共找到 {total} 项{noun}',
  emptyFor: '没有找到与“{q}”相关的{noun}',
  emptyFiltered: '该类别下没有{noun}',
  emptyNoData: '暂无{noun}',
  emptyWithin: '（在“{filter}”中搜索）',
  emptyTipSpelling: '检查输入的文字是否有误',
  emptyTipFewer: '减少或更换关键词，如只输入法律名称中的几个字',
  emptyTipAll: '选择“全部”类别后再搜索',
  clear: '清除搜索条件',
  sortLabel: '排序方式',
  sortDefault: '默认顺序',
  sortOption: '{column}（{direction}）',
  ascending: '升序',
  descending: '降序',
  sortedDefault: '已恢复默认顺序',
  sortedAsc: '已按{column}升序排列',
  sortedDesc: '已按{column}降序排列',
  downloadCsv: '下载当前结果（CSV 表格）',
  loading: '正在加载，请稍候…',
  loadError: '加载失败，请检查网络后重试。',
  retry: '重新加载',
  badQuery: '查询条件有误，请改短搜索词，或清除搜索条件后再试。',
  show: '查看详情',
  hide: '收起详情',
};

export type ListMessageKey = keyof typeof zhCN;

export const listMessages: Catalogue<ListMessageKey> = { 'zh-CN': zhCN };

onLocale('en', () => import('./messages.en.js'));

export type ListText = (key: ListMessageKey, params?: Record<string, unknown>) => string;

/** A translator for the list texts; `overrides` (per locale) let an element reword any of them. */
export function listText(locale: Locale, overrides?: Partial<Record<Locale, Partial<Record<ListMessageKey, string>>>>): ListText {
  return (key, params) =>
    interpolate(
      overrides?.[locale]?.[key] ?? listMessages[locale]?.[key] ?? overrides?.['zh-CN']?.[key] ?? listMessages['zh-CN'][key],
      params,
    );
}
