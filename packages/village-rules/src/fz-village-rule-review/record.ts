/**
 * What the review reads of a submission. Loosely typed on purpose: it comes over the network and
 * every value is shown as text.
 */
export interface SubmissionData {
  village?: { name?: string; township?: string };
  docType?: string;
  action?: string;
  previousVersion?: string;
  title?: string;
  articles: { chapter?: string; text: string }[];
  opinionCollection?: { from?: string; to?: string; methods?: string[]; count?: number };
  drafting?: { draftedBy?: string; adviser?: string; adviserDate?: string };
  meeting?: {
    kind?: string;
    basis?: string;
    date?: string;
    entitled?: number;
    present?: number;
    womenPresent?: number;
    inFavour?: number;
    against?: number;
    abstain?: number;
    authorization?: string;
  };
  attachments?: { name?: string }[];
}

/** A filed village rule as `GET record-src` answers it (docs/backend-contract.md). */
export interface VillageRuleRecord {
  receiptNo: string;
  /** Null for the server's demo example (nothing filed yet). */
  receivedAt: string | null;
  schema?: string;
  data: SubmissionData;
  /** Reviews already filed for it. */
  reviews?: { receiptNo: string; receivedAt: string; conclusion?: string }[];
}

export type RecordResult = { kind: 'ok'; record: VillageRuleRecord } | { kind: 'auth'; status: number } | { kind: 'missing' } | { kind: 'failed' };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The record if the JSON has the shape the review needs; anything else is refused, not guessed at. */
export function asRecord(json: unknown): VillageRuleRecord | undefined {
  if (!isObject(json) || typeof json.receiptNo !== 'string' || !json.receiptNo || !isObject(json.data)) return undefined;
  const articles = json.data.articles;
  if (!Array.isArray(articles) || !articles.every((a) => isObject(a) && typeof a.text === 'string')) return undefined;
  const reviews = Array.isArray(json.reviews) ? json.reviews.filter((r) => isObject(r) && typeof r.receiptNo === 'string') : [];
  return {
    receiptNo: json.receiptNo,
    receivedAt: typeof json.receivedAt === 'string' ? json.receivedAt : null,
    schema: typeof json.schema === 'string' ? json.schema : undefined,
    data: json.data as unknown as SubmissionData,
    reviews: reviews as VillageRuleRecord['reviews'],
  };
}

/** GET the record (staff data: the portal's login cookie goes along, and its extra headers). */
export async function fetchRecord(url: string, init?: RequestInit): Promise<RecordResult> {
  try {
    const headers = new Headers(init?.headers);
    headers.set('Accept', 'application/json');
    const response = await fetch(url, { credentials: init?.credentials ?? 'same-origin', headers });
    if (response.status === 401 || response.status === 403) return { kind: 'auth', status: response.status };
    if (response.status === 404) return { kind: 'missing' };
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return { kind: 'failed' };
    const record = asRecord(await response.json());
    return record ? { kind: 'ok', record } : { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}

/** Today in China (UTC+8, no daylight saving), as the review date a reviewer would write. */
export function todayInChina(now = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
}
