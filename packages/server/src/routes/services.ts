import type { FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaRegistry } from '../schemas.js';
import { DEMO_CSP } from './static.js';

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const FALLBACK = `        <div class="fallback">
          <p>在线申请表正在加载。如果长时间没有出现，请拨打公共法律服务热线 <span class="hotline">12348</span>，或到某某县司法局窗口办理。</p>
        </div>`;

/**
 * The demo portal's pages for forms that exist only as configuration: `/services/` lists the
 * county's own public forms (the built-in ones have their own elements and pages, with the receipt
 * and printing a generic form lacks), `/services/<form>` shows one in `<fz-form>`, loading the
 * schema the server validates with. One template (public/service.template.html) for all; schema text is escaped.
 */
export function serviceRoutes(app: FastifyInstance, registry: SchemaRegistry, publicDir: string): void {
  const templateFile = join(publicDir, 'service.template.html');
  if (!existsSync(templateFile)) return;
  const template = readFileSync(templateFile, 'utf8');
  const page = (title: string, body: string) => template.replace(/\{\{(title|body)\}\}/g, (_, key: string) => (key === 'title' ? escape(title) : body));
  const send = (reply: { header(n: string, v: string): unknown; type(t: string): { send(b: string): unknown } }, html: string) => {
    reply.header('Content-Security-Policy', DEMO_CSP);
    return reply.type('text/html; charset=utf-8').send(html);
  };

  app.get('/services/', async (_request, reply) => {
    const items = [...registry.forms.values()]
      .filter((entry) => entry.config.county && !entry.unavailable && !entry.config.staff)
      .map((entry) => {
        const title = typeof entry.current.title === 'string' ? entry.current.title : entry.name;
        const about = typeof entry.current.description === 'string' ? entry.current.description : '';
        return `          <li><a href="/services/${encodeURIComponent(entry.name)}"><strong>${escape(title)}</strong>${escape(about)}</a></li>`;
      });
    return send(reply, page('网上办事', `        <ul class="services">\n${items.join('\n')}\n        </ul>`));
  });

  app.get<{ Params: { form: string } }>('/services/:form', async (request, reply) => {
    const entry = registry.formFor(request.params.form);
    const name = encodeURIComponent(entry.name);
    const title = typeof entry.current.title === 'string' ? entry.current.title : entry.name;
    const about = typeof entry.current.description === 'string' ? `        <p>${escape(entry.current.description)}</p>\n` : '';
    const element = `        <fz-form schema-src="/api/forms/${name}/schema" action="/api/forms/${name}" autosave="session" regions-src="/regions-sample.json">\n${FALLBACK}\n        </fz-form>`;
    return send(reply, page(title, about + element));
  });
}
