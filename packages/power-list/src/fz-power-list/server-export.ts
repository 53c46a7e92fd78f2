import { powerListMessages } from './messages.js';

/** What the live region says while a server-mode export runs, in zh-CN (English: messages.en.ts). */
export const zhExportMessages = {
  exportPreparing: '正在准备下载，请稍候…',
  exportDone: '已下载 {count} 项事项',
  exportTruncated: '只下载了前 {count} 项（共 {total} 项）；需要全部数据请联系发布单位',
  exportFailed: '下载失败，请检查网络后重试',
};

// They arrive with the export, on demand: nothing shows them before.
Object.assign(powerListMessages['zh-CN'], zhExportMessages);
