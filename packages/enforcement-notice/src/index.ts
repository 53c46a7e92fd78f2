export { FzEnforcementNotice } from './fz-enforcement-notice/fz-enforcement-notice.js';
export type { FzDetailOpenDetail, FzLoadErrorDetail, FzViewChangeDetail, NoticeEventDetails } from './fz-enforcement-notice/events.js';
export { noticeMessages, type NoticeMessageKey } from './fz-enforcement-notice/messages.js';
export { publicDecision, publicRecords } from './fz-enforcement-notice/public-view.js';
export { publicBody, publicMatter, publicOfficer } from './fz-enforcement-notice/public-view-more.js';
export { endpointUrl, queryUrl } from './fz-enforcement-notice/data-source.js';
export { monthSeries, kindSeries, type ChartDatum } from './fz-enforcement-notice/chart.js';
export { LIST_OPTIONS, monthOf } from './fz-enforcement-notice/engines.js';
export { SORT_FIELDS } from './fz-enforcement-notice/views.js';
export type {
  EnforcementBody,
  EnforcementData,
  EnforcementDecision,
  EnforcementMatter,
  EnforcementOfficer,
  LegalBasis,
  ViewName,
} from './fz-enforcement-notice/types.js';
