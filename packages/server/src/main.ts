import { randomBytes } from 'node:crypto';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { optionsFromEnv } from './env.js';

/**
 * `npm start`: the demo county portal and the reference backend on one port. One process on SQLite
 * (it takes one writer at a time, and a second process sharing the file measured 20× slower);
 * with DATABASE_URL several instances may share one PostgreSQL database.
 */
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const options = optionsFromEnv(process.env);
// The demo's review page needs a reviewer; staff endpoints are never left open, so one is made up.
const generatedToken = options.reviewerToken ? undefined : randomBytes(32).toString('base64url');

// Without a county folder the demo makes one in its data folder from the sample (services that exist
// only as configuration), so that publishing from the editor API never writes into the package.
const configDir = options.configDir ?? join(options.dataDir, 'config');
if (!options.configDir && !existsSync(configDir)) cpSync(fileURLToPath(new URL('../samples/config', import.meta.url)), configDir, { recursive: true });
const editorToken = options.editorToken ?? randomBytes(32).toString('base64url');
const app = await buildApp({ ...options, configDir, reviewerToken: options.reviewerToken ?? generatedToken, editorToken });
// Mask and index the public lists before saying we are ready, not on the first visitor's request.
for (const dataset of app.datasets) dataset.engine();
await app.listen({ port, host });

const address = app.server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
const shown = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`法治组件演示门户已启动：http://${shown}:${actualPort}/`);
console.log(
  options.databaseUrl
    ? `提交保存在 PostgreSQL（DATABASE_URL），附件保存在 ${options.dataDir}/files/`
    : `数据保存在 ${options.dataDir}（SQLite：fazhi.sqlite，附件：files/）`,
);
console.log(`县级配置：${configDir}（覆盖文件 overlays/、新增表单 forms/；保存后立即生效）`);
if (!options.editorToken) console.log(`编辑口令（本次启动随机生成）：${editorToken}；发布接口 /api/editor/forms，正式部署请用环境变量 FAZHI_EDITOR_TOKEN。`);
if (generatedToken) {
  console.log(`审查人员口令（本次启动随机生成，重启后失效）：${generatedToken}`);
  console.log(`  打开 http://${shown}:${actualPort}/village-rule-review.html，把口令粘贴到“审查人员口令”输入框。`);
  console.log('  正式部署请用环境变量 FAZHI_REVIEWER_TOKEN 设置口令，或在前面接入县里的统一登录。');
} else {
  console.log('审查接口使用 FAZHI_REVIEWER_TOKEN 中设置的口令。');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.close().then(() => process.exit(0), () => process.exit(1));
  });
}
