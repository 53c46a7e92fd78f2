import { translate, type Catalogue, type Locale } from '@fazhi/core';

/** What the live region says while a server-mode export runs (loaded with it, on demand). */
export const exportMessages = {
  'zh-CN': {
    preparing: '正在准备下载，请稍候…',
    done: '已下载 {count} 项事项',
    truncated: '只下载了前 {count} 项（共 {total} 项）；需要全部数据请联系发布单位',
    failed: '下载失败，请检查网络后重试',
  },
  en: {
    preparing: 'Preparing the download…',
    done: 'Downloaded {count} items',
    truncated: 'Only the first {count} of {total} items were downloaded; ask the publishing office for the full list',
    failed: 'The download failed. Check the network and try again',
  },
} satisfies Catalogue;

export function exportText(locale: Locale, key: keyof (typeof exportMessages)['zh-CN'], params?: Record<string, unknown>): string {
  return translate(exportMessages, locale, key, params);
}
