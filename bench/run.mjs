// `npm run bench` (= build, then this): drop-in sizes, then timings in Debian's Chromium, each
// next to a plain-Lit baseline doing the same visible work without the kit's logic. Medians and
// p90 over BENCH_RUNS runs (default 21, at least 15) after 3 warm-up runs. Nothing here asserts
// a time: the figures are for people to read (docs/performance.md).
//
// Adding a case: write `async function myCase(b) { … return rows }` below and list it in `cases`
// with the drop-in it needs; it is skipped while that drop-in is not built.
// BENCH_ONLY=<part of a case name> runs only the matching cases.
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { formatTable, measure } from '../scripts/size.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(15, Number(process.env.BENCH_RUNS) || 21);
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];
const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

// ---------------------------------------------------------------- cases

const cases = [
  { name: 'fz-form, 40 fields (4 of them conditional)', dropIn: 'fz-form.js', run: formCase },
  { name: 'fz-legal-aid-form', dropIn: 'fz-legal-aid-form.js', run: (b) => domainFormCase(b, 'fz-legal-aid-form') },
  { name: 'fz-village-rule-form', dropIn: 'fz-village-rules.js', run: (b) => domainFormCase(b, 'fz-village-rule-form') },
  { name: 'fz-power-list, 10,000 items', dropIn: 'fz-power-list.js', run: powerListCase },
  { name: 'fz-list, 10,000 normative documents', dropIn: 'fz-list.js', run: normativeListCase },
  { name: 'fz-enforcement-notice, 10,000 decisions', dropIn: 'fz-enforcement-notice.js', run: enforcementCase },
];

const CONTROLS = 'input, select, textarea';

async function formCase(b) {
  const schema = readJson('bench/fixtures/form-40.schema.json');
  const filled = readJson('bench/fixtures/form-40.filled.json');
  const fields = baselineFields(schema);
  const values = baselineValues(fields, filled);
  const ours = (data) => ({ attrs: { autosave: 'off' }, props: { schema, data } });
  const base = (data) => ({ props: { fields, values: data } });
  const nameInput = 'input[name="/applicant/name"]';
  const names = ['王秀兰', '王秀英'];
  const rows = [];

  rows.push(row('first render, empty form', await b.firstRender('fz-form', ours({}), { selector: CONTROLS }),
    await b.firstRender('bench-baseline-form', base({}), { selector: CONTROLS })));
  rows.push(row('first render, filled (all 40 shown)', await b.firstRender('fz-form', ours(filled), { selector: CONTROLS }),
    await b.firstRender('bench-baseline-form', base(values), { selector: CONTROLS })));

  await b.mount('fz-form', ours(filled), { selector: CONTROLS });
  const validated = await b.call('validate', RUNS);
  await b.mount('bench-baseline-form', base(values), { selector: CONTROLS });
  rows.push(row(`validate(), filled form (${validated.result})`, validated, await b.call('validate', RUNS), 'baseline: native checkValidity()'));

  await b.mount('fz-form', ours(filled), { selector: CONTROLS });
  const typed = await b.call('keystroke', nameInput, names, RUNS);
  await b.mount('bench-baseline-form', base(values), { selector: CONTROLS });
  const baseTyped = await b.call('keystroke', nameInput, names, RUNS);
  rows.push(row('keystroke → re-render', typed, baseTyped));

  await b.mount('fz-form', ours({}), { selector: CONTROLS });
  const shown = await b.call('showErrors');
  rows.push(row(`keystroke → re-render, ${shown} errors shown (live re-check)`,
    await b.call('keystroke', nameInput, names, RUNS), baseTyped));
  return rows;
}

/** A form with its built-in schema: first render, then typing into its first text field. */
async function domainFormCase(b, tag) {
  const ready = { selector: CONTROLS };
  const options = { attrs: { autosave: 'off' } };
  const rows = [row('first render', await b.firstRender(tag, options, ready))];
  await b.mount(tag, options, ready);
  rows.push(row('keystroke → re-render', await b.call('keystroke', 'input[type="text"]', ['王秀兰', '王秀英'], RUNS)));
  return rows;
}

async function powerListCase(b) {
  const items = powerItems(10000);
  const columns = [
    { key: 'code', title: '事项编码' }, { key: 'name', title: '事项名称' }, { key: 'category', title: '职权类型' },
    { key: 'agency', title: '实施主体' }, { key: 'status', title: '状态' }, { key: 'updatedAt', title: '更新日期' },
  ];
  const ready = { selector: 'tbody tr' };
  const ours = { attrs: { mode: 'client', 'page-size': '20' }, props: { items } };
  const base = { attrs: { 'page-size': '20' }, props: { items, columns } };
  const rows = [row('first render', await b.firstRender('fz-power-list', ours, ready),
    await b.firstRender('bench-baseline-table', base, ready))];
  const queries = ['许可', '处罚'];
  const search = (options) => b.call('keystroke', 'input[type="search"]', queries, RUNS, options);
  await b.mount('fz-power-list', ours, ready);
  const typed = await search({ changes: 'tbody tr' });
  const entered = await search({ changes: 'tbody tr', submit: true });
  await b.mount('bench-baseline-table', base, ready);
  const baseTyped = await search({ changes: 'tbody tr' });
  rows.push(row('keystroke in search → table updated', typed, baseTyped, 'ours waits for its debounce on long lists'));
  rows.push(row('search with Enter → table updated', entered, baseTyped));
  return rows;
}

/** <fz-list> with the normative-documents schema: every record masked by the schema before it is shown. */
async function normativeListCase(b) {
  const schema = readJson('schemas/normative-document.schema.json');
  const items = normativeDocuments(10000);
  const columns = [
    { key: 'title', title: '文件名称' }, { key: 'docNumber', title: '文号' }, { key: 'issuer', title: '制定机关' },
    { key: 'publishedAt', title: '发布日期' }, { key: 'effectiveAt', title: '施行日期' }, { key: 'status', title: '状态' },
  ];
  const ready = { selector: 'tbody tr' };
  const ours = { attrs: { 'page-size': '20', 'no-deep-link': '' }, props: { schema, items } };
  const base = { attrs: { 'page-size': '20' }, props: { items, columns } };
  const rows = [row('first render', await b.firstRender('fz-list', ours, ready),
    await b.firstRender('bench-baseline-table', base, ready), 'ours also masks every record by the schema')];
  const queries = ['宅基地', '养老保险'];
  const search = (options) => b.call('keystroke', 'input[type="search"]', queries, RUNS, { changes: 'tbody tr', ...options });
  await b.mount('fz-list', ours, ready);
  const entered = await search({ submit: true });
  await b.mount('bench-baseline-table', base, ready);
  rows.push(row('search with Enter → table updated', entered, await search()));
  return rows;
}

/** The county sample (packages/server/samples/lists) repeated with fresh ids and numbers. */
function normativeDocuments(n) {
  const sample = readJson('packages/server/samples/lists/normative-documents.json').items;
  return Array.from({ length: n }, (_, i) => {
    const doc = sample[i % sample.length];
    return { ...doc, id: `GFXWJ-B-${i}`, docNumber: doc.docNumber.replace(/\d+号$/, `${i + 1}号`) };
  });
}

async function enforcementCase(b) {
  const ready = { selector: 'tbody tr' };
  const all = decisions(10000);
  const data = { decisions: all, bodies: [], officers: [], matters: [] };
  const ours = { attrs: { view: 'decisions', mode: 'client', 'page-size': '20' }, props: { data } };
  const columns = [
    { key: 'docNo', title: '决定书文号' }, { key: 'partyName', title: '当事人' }, { key: 'violation', title: '违法行为类型' },
    { key: 'penaltyContent', title: '处罚内容' }, { key: 'agency', title: '处罚机关' }, { key: 'decidedAt', title: '决定日期' },
  ];
  const base = { attrs: { 'page-size': '20' }, props: { items: all, columns } };
  const rows = [row('first render', await b.firstRender('fz-enforcement-notice', ours, ready),
    await b.firstRender('bench-baseline-table', base, ready), 'ours also masks, sorts by date and counts facets')];
  const queries = ['销售过期食品', '无证经营'];
  const search = (options) => b.call('keystroke', 'input[type="search"]', queries, RUNS, { changes: 'tbody tr', ...options });
  await b.mount('fz-enforcement-notice', ours, ready);
  const entered = await search({ submit: true });
  await b.mount('bench-baseline-table', base, ready);
  rows.push(row('search with Enter → table updated', entered, await search()));
  return rows;
}

// ---------------------------------------------------------------- synthetic data and baselines

/** The controls fz-form shows for a schema, flattened for the baseline (every branch shown). */
function baselineFields(schema, pointer = '') {
  const fields = [];
  const visit = (node, at) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const p = `${at}/${name}`;
      if (child.type === 'object') visit(child, p);
      else fields.push(field(child, p, (node.required ?? []).includes(name)));
    }
    for (const member of node.allOf ?? []) if (member.then) visit(member.then, at);
  };
  const field = (node, p, required) => {
    const base = { pointer: p, title: node.title ?? p, required };
    if (node.oneOf) return { ...base, kind: 'radio', choices: node.oneOf.map((c) => ({ value: c.const, title: c.title })) };
    if (node.type === 'boolean') return { ...base, kind: 'checkbox' };
    if (node.type === 'integer' || node.type === 'number') return { ...base, kind: 'number' };
    if (node.format === 'date') return { ...base, kind: 'date' };
    if (node['x-fz-widget'] === 'textarea') return { ...base, kind: 'textarea' };
    return { ...base, kind: 'text' };
  };
  visit(schema, pointer);
  return fields;
}

function baselineValues(fields, data) {
  const at = (p) => p.split('/').slice(1).reduce((v, key) => (v == null ? v : v[key]), data);
  return Object.fromEntries(fields.map((f) => [f.pointer, at(f.pointer)]));
}

/** 权责清单 items shaped like schemas/power-list-item.schema.json. */
function powerItems(n) {
  const categories = [
    ['licensing', '许可'], ['penalty', '处罚'], ['coercion', '强制'], ['levy', '征收'], ['benefit', '给付'],
    ['inspection', '检查'], ['confirmation', '确认'], ['reward', '奖励'], ['other', '其他'],
  ];
  // No law name contains a query word (许可, 处罚), or every item would match.
  const laws = ['中华人民共和国食品安全法', '中华人民共和国道路交通安全法', '中华人民共和国土地管理法', '中华人民共和国环境保护法'];
  const agencies = ['阜平县司法局', '阜平县市场监督管理局', '阜平县自然资源和规划局', '阜平县生态环境分局', '阜平县交通运输局', '阜平县卫生健康局'];
  return Array.from({ length: n }, (_, i) => {
    const [category, word] = categories[i % categories.length];
    return {
      code: `${category.slice(0, 2).toUpperCase()}${String(i + 1).padStart(6, '0')}`,
      name: `对第${i + 1}号事项的${word}`,
      category,
      basis: [{ lawName: laws[i % laws.length], article: `第${(i % 80) + 1}条` }],
      agency: agencies[i % agencies.length],
      responsibilities: [{ stage: '受理', text: '依法受理申请，一次性告知需要补正的材料。' }],
      accountability: [{ text: '对符合法定条件的申请不予受理的。' }],
      status: 'valid',
      updatedAt: '2026-06-30',
    };
  });
}

/** 行政处罚决定 shaped like schemas/enforcement-decision.schema.json, all valid and still public. */
function decisions(n) {
  const violations = ['未按规定公示营业执照', '销售过期食品', '无证经营', '超范围经营', '虚假宣传'];
  return Array.from({ length: n }, (_, i) => ({
    id: `D${i + 1}`,
    docNo: `阜市监罚〔2026〕${i + 1}号`,
    caseName: `某某${violations[i % violations.length]}案（${i + 1}）`,
    partyType: i % 3 === 0 ? 'natural-person' : 'legal-entity',
    partyName: i % 3 === 0 ? `张${'伟芳娜敏静'[i % 5]}` : `阜平县某某商贸有限公司${i + 1}`,
    violation: violations[i % violations.length],
    basis: '《中华人民共和国食品安全法》第一百二十四条',
    penaltyTypes: ['fine'],
    penaltyContent: `罚款${(i % 50) * 100 + 500}元`,
    fineAmount: (i % 50) * 100 + 500,
    // Decided and published in the past, still within the publication period.
    decidedAt: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    publishedAt: `2025-${String((i % 12) + 1).padStart(2, '0')}-28`,
    publicUntil: '2099-12-31',
    agency: '阜平县市场监督管理局',
    status: 'valid',
  }));
}

// ---------------------------------------------------------------- statistics and printing

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function row(metric, ours, base, note) {
  return { metric, ours: ours.samples, base: base?.samples, note: note ?? (ours.found !== undefined ? `${ours.found} controls/rows` : '') };
}

const ms = (v) => (v === undefined ? '—' : v < 0.1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : v.toFixed(1));

function printCase(name, rows) {
  const head = ['', 'median ms', 'p90 ms', 'baseline median', 'baseline p90', 'ratio', 'note'];
  const body = rows.map((r) => {
    const m = median(r.ours);
    const bm = r.base ? median(r.base) : undefined;
    return [r.metric, ms(m), ms(quantile(r.ours, 0.9)), ms(bm), ms(r.base && quantile(r.base, 0.9)),
      bm ? `${(m / bm).toFixed(1)}×` : '—', r.note];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  console.log(`\n${name} (${RUNS} runs)\n`);
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
}

// ---------------------------------------------------------------- server and browser

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json' };

function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    res.setHeader('Cache-Control', 'no-store');
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function buildBaselines() {
  await build({
    entryPoints: ['bench/fixtures/baseline-form.ts', 'bench/fixtures/baseline-table.ts'],
    absWorkingDir: root,
    outdir: 'dist/bench',
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2019',
    logLevel: 'warning',
  });
}

/** A fresh page with the harness, the drop-in and the baselines loaded; `b` is what cases use. */
async function benchPage(browser, origin, dropIn) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/bench/bench.html`);
  await page.evaluate(async (urls) => {
    window.harness = await import(urls[0]);
    for (const url of urls.slice(1)) await import(url);
  }, ['/bench/fixtures/harness.js', `/dist/kit/${dropIn}`, '/dist/bench/baseline-form.js', '/dist/bench/baseline-table.js']);
  const call = (name, ...args) => page.evaluate(([n, a]) => window.harness[n](...a), [name, args]);
  return {
    page,
    errors,
    call,
    firstRender: (tag, options, ready) => call('firstRender', tag, options, ready, RUNS),
    mount: (tag, options, ready) => call('mount', tag, options, ready),
  };
}

async function main() {
  let sizes;
  try {
    sizes = measure();
  } catch (error) {
    console.error(`bench: ${error.message}`);
    process.exit(1);
  }
  console.log('Drop-in sizes (gzip -9; all-in = entry + every chunk it imports statically)\n');
  console.log(formatTable(sizes));

  await buildBaselines();
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  console.log(`\nChromium ${browser.version()}, ${RUNS} runs per figure after 3 warm-up runs`);
  let failed = false;
  try {
    const only = process.env.BENCH_ONLY;
    for (const c of cases.filter((c) => !only || c.name.includes(only))) {
      if (!existsSync(path.join(root, 'dist/kit', c.dropIn))) {
        console.log(`\n${c.name}: skipped (dist/kit/${c.dropIn} is not built yet)`);
        continue;
      }
      const b = await benchPage(browser, origin, c.dropIn);
      try {
        printCase(c.name, await c.run(b));
      } catch (error) {
        failed = true;
        console.log(`\n${c.name}: FAILED: ${error.message.split('\n')[0]}`);
      } finally {
        if (b.errors.length) console.log(`  page errors: ${[...new Set(b.errors)].join(' | ')}`);
        await b.page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  for (const [name, file] of [['server load', 'bench/server-load.mjs'], ['server under attack', 'bench/server-attack.mjs']]) {
    if (process.env.BENCH_ONLY && !name.includes(process.env.BENCH_ONLY)) continue;
    console.log(`\n${name[0].toUpperCase()}${name.slice(1)} (${file})\n`);
    const run = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', path.join(root, file)], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) failed = true;
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
