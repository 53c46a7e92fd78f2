import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Problem } from '../problem.js';
import type { Publishing } from '../publishing.js';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

const who = (request: FastifyRequest, body: { by?: unknown }): string => {
  const named = typeof body.by === 'string' ? body.by : request.headers['x-fz-editor'];
  return typeof named === 'string' && named.trim() ? named.trim().slice(0, 50) : '编辑';
};

function bodyOf(request: FastifyRequest): Record<string, unknown> {
  const body = request.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Problem('bad-request', '请求体应是一个 JSON 对象。');
  return body as Record<string, unknown>;
}

function overlayOf(body: Record<string, unknown>): unknown {
  const overlay = body.overlay;
  if (!overlay || typeof overlay !== 'object' || Array.isArray(overlay)) throw new Problem('bad-request', 'overlay 应是一个 JSON 对象（覆盖文件的内容）。');
  return overlay;
}

/**
 * The editor's publishing API (behind the editor's token; a county's own login may add the header
 * instead): list forms, read one with its overlay, draft and history, check and save a draft,
 * publish (409 when someone published since `basedOn`), restore a version. A publication is in
 * force at once for new visitors and for the server, with no restart.
 */
export function editorRoutes(app: FastifyInstance, publishing: Publishing, editor: Hook): void {
  app.register(async (scope) => {
    scope.addHook('onRequest', editor);
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('Cache-Control', 'no-store');
      return payload;
    });
    scope.get('/api/editor/forms', async () => ({ forms: publishing.list() }));
    scope.get<{ Params: { form: string } }>('/api/editor/forms/:form', async (request) => publishing.read(request.params.form));
    scope.post<{ Params: { form: string } }>('/api/editor/forms/:form/check', async (request, reply) => {
      const check = publishing.check(request.params.form, overlayOf(bodyOf(request)));
      if (!check.ok) throw new Problem('validation', '覆盖文件有错误。', check.issues.filter((i) => i.severity === 'error').map((i) => ({ pointer: i.pointer, detail: i.message, code: i.code })));
      return reply.send({ ok: true, issues: check.issues });
    });
    scope.put<{ Params: { form: string } }>('/api/editor/forms/:form/draft', async (request) => ({ issues: publishing.saveDraft(request.params.form, overlayOf(bodyOf(request))) }));
    scope.post<{ Params: { form: string } }>('/api/editor/forms/:form/publish', async (request, reply) => {
      const body = bodyOf(request);
      const { overlay: _overlay, ...published } = publishing.publish(request.params.form, overlayOf(body), body.basedOn, who(request, body));
      return reply.code(201).send(published);
    });
    scope.post<{ Params: { form: string } }>('/api/editor/forms/:form/restore', async (request, reply) => {
      const body = bodyOf(request);
      const { overlay: _overlay, ...published } = publishing.restore(request.params.form, body.version, body.basedOn, who(request, body));
      return reply.code(201).send(published);
    });
  });
}
