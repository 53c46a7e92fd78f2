import { VIEWS, type EnforcementDecision, type ViewName } from './types.js';

/*
 * The notice's deep links: `#fz-<element id>=<view>/<id>` (`#fz-enforcement-notice=…` without an
 * id) opens a view and, for `decisions`, that decision's detail; `<id>` is the record's `id` or its
 * 文号. The shared reading and writing of the hash is @fazhi/form's.
 */

export interface NoticeLink {
  view: ViewName;
  id?: string;
}

/** A link's value (already unescaped) → view and id; undefined for an unknown view. */
export function parseNoticeLink(value: string | undefined): NoticeLink | undefined {
  const m = /^([a-z]+)(?:\/(.+))?$/s.exec(value ?? '');
  return m && VIEWS.includes(m[1] as ViewName) ? { view: m[1] as ViewName, id: m[2] } : undefined;
}

/** A decision's id in links: its opaque `id` when it has one (public-view.ts keeps only safe ones), else its 文号. */
export const decisionLinkId = (d: EnforcementDecision): string => d.id || d.docNo;

export const isLinked = (d: EnforcementDecision, id: string): boolean => d.docNo === id || d.id === id;
