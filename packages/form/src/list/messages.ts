import { interpolate, type Catalogue, type Locale } from '@fazhi/core';

/** Texts of the shared list parts; an element passes its own `noun` (事项, 公示) where a sentence needs one. */
export const listMessages = {
  'zh-CN': {
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
    show: '查看详情',
    hide: '收起详情',
  },
  en: {
    search: 'Search',
    searchLabel: 'Search {noun}',
    searchHint: 'Words from the name, code or legal basis',
    filterLabel: 'Filter by category',
    all: 'All',
    countSuffix: 'items',
    pagination: 'Pagination',
    pageOf: 'Page {page} of {pages}',
    pageN: 'Page {page}',
    previous: 'Previous page',
    next: 'Next page',
    resultCount: '{total} {noun}',
    resultCountFor: '{total} {noun} found for “{q}”',
    emptyFor: 'No {noun} found for “{q}”',
    emptyFiltered: 'No {noun} in this category',
    emptyNoData: 'No {noun} yet',
    emptyWithin: ' (searched in “{filter}”)',
    emptyTipSpelling: 'Check the spelling',
    emptyTipFewer: 'Use fewer or different words',
    emptyTipAll: 'Choose “All” and search again',
    clear: 'Clear search',
    sortLabel: 'Sort by',
    sortDefault: 'Default order',
    sortOption: '{column} ({direction})',
    ascending: 'ascending',
    descending: 'descending',
    sortedDefault: 'Default order restored',
    sortedAsc: 'Sorted by {column}, ascending',
    sortedDesc: 'Sorted by {column}, descending',
    downloadCsv: 'Download these results (CSV)',
    loading: 'Loading…',
    loadError: 'Could not load. Check your connection and try again.',
    retry: 'Try again',
    show: 'Show details',
    hide: 'Hide details',
  },
} satisfies Catalogue;

export type ListMessageKey = keyof (typeof listMessages)['zh-CN'];
export type ListText = (key: ListMessageKey, params?: Record<string, unknown>) => string;

/** A translator for the list texts; `overrides` (per locale) let an element reword any of them. */
export function listText(locale: Locale, overrides?: Partial<Record<Locale, Partial<Record<ListMessageKey, string>>>>): ListText {
  const catalogue: Catalogue<ListMessageKey> = listMessages;
  return (key, params) =>
    interpolate(
      overrides?.[locale]?.[key] ?? catalogue[locale]?.[key] ?? overrides?.['zh-CN']?.[key] ?? catalogue['zh-CN'][key],
      params,
    );
}
