/*
 * Everything the first screen does not need, in one module loaded on demand: the 事前公开
 * tables, a decision's detail, the chart, the CSV export, and their zh-CN texts. One module rather
 * than four, because the kit build folds chunks under 8 KB back into the drop-in.
 */
import './messages.extra.js';
export { bodiesTable, mattersTable, officersTable } from './views-more.js';
export { decisionDetail } from './detail.js';
export { chartSection } from './chart.js';
export { maskers } from './public-view-more.js';
export { downloadView, exportView } from './csv.js';
