import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import type { Store, SubmissionRow } from '../db.js';
import { Problem } from '../problem.js';
import type { SchemaRegistry } from '../schemas.js';

export interface RecordDeps {
  store: Store;
  registry: SchemaRegistry;
  /** The reviewer check (staff.ts): filed records are staff data. */
  staff: onRequestAsyncHookHandler;
}

const RECEIPT = /^[A-Z]{1,8}-\d{8}-\d{6}$/;

async function view(row: SubmissionRow, store: Store) {
  return {
    receiptNo: row.receipt_no,
    receivedAt: row.created_at,
    schema: row.schema_id,
    data: JSON.parse(row.data) as unknown,
    reviews: await store.reviewsOf(row.receipt_no),
  };
}

/**
 * Reading back what was filed. `GET /api/village-rules/records/:receiptNo`
 * feeds `<fz-village-rule-review record-src>`: staff data (a contact's name and phone), so only
 * with the reviewer's token, never cached, whatever the answer. Receipt numbers are sequential and
 * read aloud by citizens: they name a record, they never open it. `latest` is a demo convenience
 * (the newest submission, else the schema's first example). The record lists the reviews filed
 * for it (`reviews: [{ receiptNo, receivedAt, conclusion }]`).
 */
export function recordRoutes(app: FastifyInstance, deps: RecordDeps): void {
  const noStore: onRequestAsyncHookHandler = async (_request, reply) => void reply.header('Cache-Control', 'no-store');
  app.get<{ Params: { receiptNo: string } }>('/api/village-rules/records/:receiptNo', { onRequest: [noStore, deps.staff] }, async (request) => {
    const form = 'village-rule-submission';
    const { receiptNo } = request.params;
    if (receiptNo === 'latest') {
      const row = await deps.store.latestOf(form);
      if (row) return view(row, deps.store);
      const schema = deps.registry.forms.get(form)?.current;
      const examples = (schema as { examples?: unknown[] } | undefined)?.examples;
      const example = Array.isArray(examples) ? examples.find((e) => !JSON.stringify(e).includes('"size"')) : undefined;
      if (!schema || !example) throw new Problem('not-found', '还没有收到村规民约备案。');
      return { receiptNo: 'CG-示例', receivedAt: null, schema: schema.$id, data: example, reviews: [] };
    }
    if (!RECEIPT.test(receiptNo)) throw new Problem('not-found', '回执编号格式不对。');
    const row = await deps.store.findByReceipt(receiptNo);
    if (!row || row.form !== form) throw new Problem('not-found', `没有回执编号为 ${receiptNo} 的村规民约备案。`);
    return view(row, deps.store);
  });
}
