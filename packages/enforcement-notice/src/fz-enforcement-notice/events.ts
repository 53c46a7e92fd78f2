import type { ViewName } from './types.js';

// What the notice's events carry in `event.detail`: the element's emit is typed by
// NoticeEventDetails, and the @fires tags (hence the React and Vue typings) name these.

/** `fz-view-change`: another list (tab) is shown. */
export interface FzViewChangeDetail {
  view: ViewName;
}

/** `fz-detail-open`: a decision's detail opened. */
export interface FzDetailOpenDetail {
  /** The decision's 文书号. */
  docNo: string;
}

/** `fz-load-error`: a list could not be loaded. */
export interface FzLoadErrorDetail {
  view: ViewName;
}

export interface NoticeEventDetails {
  'fz-view-change': FzViewChangeDetail;
  'fz-detail-open': FzDetailOpenDetail;
  'fz-load-error': FzLoadErrorDetail;
}
