import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { regionsSample } from '@fazhi/core';

/** The CSP every element must work under (DESIGN.md "CSP"), plus directives that only tighten it. */
export const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

export interface StaticDirs {
  /** The drop-ins (dist/kit) served under /kit/, as a portal would serve them from its own server. */
  kitDir?: string;
  /** The demo county portal pages served at /. */
  publicDir?: string;
}

export async function staticRoutes(app: FastifyInstance, dirs: StaticDirs): Promise<void> {
  const strict = (reply: { header(name: string, value: string): unknown }) => reply.header('Content-Security-Policy', DEMO_CSP);
  let decorated = false;
  if (dirs.kitDir && existsSync(dirs.kitDir)) {
    await app.register(fastifyStatic, { root: dirs.kitDir, prefix: '/kit/', setHeaders: strict, index: false });
    decorated = true;
  }
  // The region cascader's data for the demo pages; a county serves its own 行政区划 JSON instead.
  app.get('/regions-sample.json', async (_request, reply) => {
    strict(reply);
    return regionsSample;
  });
  if (dirs.publicDir && existsSync(dirs.publicDir)) {
    await app.register(fastifyStatic, { root: dirs.publicDir, prefix: '/', setHeaders: strict, decorateReply: !decorated, index: ['index.html'] });
  }
}
