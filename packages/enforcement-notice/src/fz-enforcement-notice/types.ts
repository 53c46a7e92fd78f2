import type { PublicDecision } from '@fazhi/core';

/**
 * The four record kinds of 行政执法公示 as the element reads them (schemas/enforcement-*.schema.json).
 * Everything but the identifying fields is optional: public data is often incomplete, and a
 * missing part is left out rather than breaking the list.
 */

/** 执法主体 */
export interface EnforcementBody {
  id?: string;
  name: string;
  /** 统一社会信用代码 */
  uscc?: string;
  /** administrative-organ / authorized-org / entrusted-org (行政机关 / 法律法规授权组织 / 受委托组织) */
  type?: string;
  legalBasis?: string;
  scope?: string;
  /** GB/T 2260 code */
  region?: string;
  address?: string;
  phone?: string;
  website?: string;
  /** 委托机关, for 受委托组织 */
  entrustedBy?: string;
  [key: string]: unknown;
}

/** 执法人员: names and certificate numbers are public by law (三项制度); identity numbers never are. */
export interface EnforcementOfficer {
  name: string;
  /** 执法证号 */
  certNo: string;
  /** 所在单位 (the body's name) */
  agency?: string;
  /** 执法门类 */
  fields?: string[];
  /** GB/T 2260 code of 执法区域 */
  region?: string;
  validUntil?: string;
  /** valid / expired / suspended / revoked */
  status?: string;
  [key: string]: unknown;
}

export interface LegalBasis {
  lawName: string;
  article?: string;
  text?: string;
}

/** 执法事项 */
export interface EnforcementMatter {
  code: string;
  name: string;
  /** powerCategory code (penalty, inspection…) */
  category?: string;
  /** 实施主体 */
  body?: string;
  basis?: (LegalBasis | string)[];
  powerListCode?: string;
  /** 列入随机抽查事项清单 */
  randomInspection?: boolean;
  steps?: { title: string; description?: string; timeLimit?: string }[];
  procedureUrl?: string;
  remedy?: string;
  [key: string]: unknown;
}

/**
 * 行政处罚决定 (or another 执法决定), as core's `publicDecision` leaves it (the same view the
 * reference server serves), plus the opaque record id used for deep links.
 */
export interface EnforcementDecision extends PublicDecision {
  /** Kept as text when it is short and plain (public-view.ts). */
  id?: string;
  agencyUscc?: string;
  [key: string]: unknown;
}

export interface EnforcementData {
  bodies: EnforcementBody[];
  officers: EnforcementOfficer[];
  matters: EnforcementMatter[];
  decisions: EnforcementDecision[];
}

export type ViewName = keyof EnforcementData;
export const VIEWS: readonly ViewName[] = ['decisions', 'bodies', 'officers', 'matters'];
