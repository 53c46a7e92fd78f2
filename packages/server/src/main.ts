import { resolve } from 'node:path';
import { buildApp } from './app.js';

/**
 * `npm start`: the demo county portal and the reference backend on one port. One process: SQLite
 * takes one writer at a time, and a second process sharing the file measured 20× slower.
 */
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = resolve(process.env.FAZHI_DATA_DIR ?? './data');

const app = await buildApp({
  dataDir,
  configDir: process.env.FAZHI_CONFIG_DIR ? resolve(process.env.FAZHI_CONFIG_DIR) : undefined,
  logger: { level: process.env.LOG_LEVEL ?? 'warn' },
  // The review page of the demo reads filed village rules back; no login guards it here.
  openRecords: true,
});
// Mask and index the public lists before saying we are ready, not on the first visitor's request.
for (const dataset of app.datasets) dataset.engine();
await app.listen({ port, host });

const address = app.server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
const shown = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`法治组件演示门户已启动：http://${shown}:${actualPort}/`);
console.log(`数据保存在 ${dataDir}（SQLite：fazhi.sqlite，附件：files/）`);
console.warn('注意：演示门户开放了村规民约备案读取接口（/api/village-rules/records/…），任何人都能按回执编号读取；正式部署时必须放在县里的登录之后。');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.close().then(() => process.exit(0), () => process.exit(1));
  });
}
