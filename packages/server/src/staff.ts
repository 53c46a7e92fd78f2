import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Problem } from './problem.js';
import type { SchemaRegistry } from './schemas.js';

/** Shorter tokens could be guessed; `npm start` makes 32 random bytes. */
export const MIN_TOKEN_CHARS = 16;

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * onRequest hook for staff endpoints (filing a legality review, reading filed records):
 * `Authorization: Bearer <token>`, compared in constant time (hashes of equal length, so neither
 * the content nor the length of the token leaks through timing). With no token configured every
 * request is refused: these endpoints are never open. A county that puts its own login (SSO, a
 * gateway) in front has that login add the header. `role` names who the token is for (reviewers,
 * editors) in the messages.
 */
export function requireStaff(token: string | undefined, role = '审查人员') {
  if (token !== undefined && token.length < MIN_TOKEN_CHARS) {
    throw new Error(`${role}口令至少要 ${MIN_TOKEN_CHARS} 个字符。`);
  }
  const expected = token === undefined ? undefined : digest(token);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const header = request.headers.authorization ?? '';
    const given = /^Bearer ([\x21-\x7e]+)$/i.exec(header)?.[1];
    if (expected && given !== undefined && timingSafeEqual(digest(given), expected)) return;
    reply.header('WWW-Authenticate', given === undefined ? 'Bearer' : 'Bearer error="invalid_token"');
    throw new Problem(
      'unauthorized',
      given === undefined ? `此功能仅供${role}使用，请先输入${role}口令或登录。` : `${role}口令不正确或已失效，请重新输入或重新登录。`,
    );
  };
}

type Hook = ReturnType<typeof requireStaff>;

/** onRequest hook for the submission routes: the forms whose config says `staff: true` need `staff`. */
export function staffForms(registry: SchemaRegistry, staff: Hook): Hook {
  const byAlias = new Map<string, string>();
  for (const [form, entry] of registry.forms) for (const alias of entry.config.aliases) byAlias.set(alias, form);
  return async (request, reply) => {
    const form = (request.params as { form?: string }).form ?? byAlias.get(request.routeOptions.url ?? '');
    if (form !== undefined && registry.forms.get(form)?.config.staff) await staff(request, reply);
  };
}
