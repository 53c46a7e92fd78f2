import type { FastifyInstance } from 'fastify';
import type { Store, SubmissionRow } from '../db.js';
import { Problem } from '../problem.js';
import type { SchemaRegistry } from '../schemas.js';
import { reviewsOf } from './links.js';

export interface RecordDeps {
  store: Store;
  registry: SchemaRegistry;
  /** Serve the village-rule records at all (see AppOptions.openRecords); otherwise they are a 404. */
  openRecords: boolean;
}

const RECEIPT = /^[A-Z]{1,8}-\d{8}-\d{6}$/;

function view(row: SubmissionRow, store: Store) {
  return {
    receiptNo: row.receipt_no,
    receivedAt: row.created_at,
    schema: row.schema_id,
    data: JSON.parse(row.data) as unknown,
    reviews: reviewsOf(store, row.receipt_no),
  };
}

/**
 * Reading back what was filed. `GET /api/village-rules/records/:receiptNo`
 * feeds `<fz-village-rule-review record-src>`: staff data with guessable (sequential) receipt
 * numbers and no login here, so it exists only when `openRecords` is set (the demo does; a county
 * must put it behind its login);
 * `latest` is a demo convenience (the newest submission, else the schema's first example). The
 * record lists the reviews filed for it (`reviews: [{ receiptNo, receivedAt, conclusion }]`).
 */
export function recordRoutes(app: FastifyInstance, deps: RecordDeps): void {
  // Not registered at all when closed: the not-found handler answers 404 problem+json, as for any unknown path.
  if (!deps.openRecords) return;
  const latest = deps.store.db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE form = ? ORDER BY id DESC LIMIT 1');
  app.get<{ Params: { receiptNo: string } }>('/api/village-rules/records/:receiptNo', async (request) => {
    const form = 'village-rule-submission';
    const { receiptNo } = request.params;
    if (receiptNo === 'latest') {
      const row = latest.get(form);
      if (row) return view(row, deps.store);
      const schema = deps.registry.forms.get(form)?.current;
      const examples = (schema as { examples?: unknown[] } | undefined)?.examples;
      const example = Array.isArray(examples) ? examples.find((e) => !JSON.stringify(e).includes('"size"')) : undefined;
      if (!schema || !example) throw new Problem('not-found', '还没有收到村规民约备案。');
      return { receiptNo: 'CG-示例', receivedAt: null, schema: schema.$id, data: example, reviews: [] };
    }
    if (!RECEIPT.test(receiptNo)) throw new Problem('not-found', '回执编号格式不对。');
    const row = deps.store.findByReceipt(receiptNo);
    if (!row || row.form !== form) throw new Problem('not-found', `没有回执编号为 ${receiptNo} 的村规民约备案。`);
    return view(row, deps.store);
  });
}
