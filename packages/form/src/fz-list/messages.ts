import { onLocale, translate, type Catalogue, type Locale } from '@fazhi/core';

/** Texts of `<fz-list>` beyond the shared list parts; field names and values come from the schema. */
const zhCN = {
  caption: '公开目录',
  noun: '记录',
  captionHint: '，点击列标题可排序',
  searchHintOf: '可输入{fields}中的词语',
  dateFrom: '从',
  dateTo: '至',
  dateRangeHint: '日期格式：2026-01-31',
  back: '返回列表',
  detailOf: '{title}：详细信息',
  opensInNewWindow: '（在新窗口打开）',
  permalink: '本条链接',
  notFound: '没有找到这条记录，它可能已被撤下。下面是全部列表。',
  noSchema: '列表的字段说明（记录模式）加载失败，请稍后重试。',
  csvFile: '公开目录',
  exportPreparing: '正在准备下载全部结果…',
  exportDone: '已下载 {count} 条记录。',
  exportTruncated: '结果较多，已下载前 {count} 条（共 {total} 条）。',
  exportFailed: '下载失败，请检查网络后重试。',
};

export type FzListMessageKey = keyof typeof zhCN;

export const fzListMessages: Catalogue<FzListMessageKey> = { 'zh-CN': zhCN };

onLocale('en', () => import('./messages.en.js'));

export function fzListText(locale: Locale) {
  return (key: FzListMessageKey, params?: Record<string, unknown>) => translate(fzListMessages, locale, key, params);
}
