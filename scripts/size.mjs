// Size budget of the drop-ins in dist/kit/ (run `npm run build` first).
// "All-in" = the entry file plus every chunk it statically imports, transitively, each gzipped
// at level 9 on its own (as a server would send them). Chunks loaded on demand (locales, region
// data) are listed apart and do not count against the budget. `--why` shows what each drop-in
// is made of (always shown for one over budget).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const KB = 1024;

/**
 * Budgets in bytes, gzip -9, all-in: ratchets at today's measured size plus a small margin, so a
 * change that grows a drop-in fails CI. TARGETS are the promises not yet met (legal-aid ≤ 30 KB,
 * DESIGN.md); they are reported, and a budget only ever moves down towards its target.
 */
export const budgets = {
  // Up once (2026-12-08, measured + about 0.7 KiB, the other forms' and the kit's with it): plain
  // schemas rendered as citizens expect (yes/no questions, reveals in place, branch hints, starting
  // rows), the accessibility fixes (error summary as a described group, group errors on each radio,
  // 返回核对, focus kept after clearing and removing, with announcements) and validation that stops
  // at the schema's limits, errors in page order. County-file checks and national regions load on demand.
  'fz-legal-aid-form.js': 59 * KB,
  'fz-form.js': 49.5 * KB,
  'fz-power-list.js': 27 * KB,
  // Masking by the schema (core's maskRecord) is in the drop-in: a list has no rows to show without it.
  'fz-list.js': 40.5 * KB,
  // +2.5 KB (2026-12): finding private names however they are spelt, and the people the facts
  // name beside the party or after a cue (core mask/names-in-text.ts), so they are never shown.
  'fz-enforcement-notice.js': 37.5 * KB,
  'fz-village-rules.js': 64.5 * KB,
  // +7 KB (2026-12-08): <fz-list> joins the whole kit.
  'fazhi-kit.js': 118 * KB,
  // Loads only for editors, with the form engine it previews; built on its own, so it never
  // shifts code between the citizens' shared chunks.
  'fz-form-designer.js': 86 * KB,
};

export const targets = {
  'fz-legal-aid-form.js': 30 * KB,
  'fz-form.js': 28 * KB,
  'fz-enforcement-notice.js': 28 * KB,
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// FAZHI_DIST: measure a build made elsewhere (see rollup.config.js).
export const kitDir = path.join(process.env.FAZHI_DIST ? path.resolve(process.env.FAZHI_DIST) : path.join(root, 'dist'), 'kit');

function readManifest(dir) {
  const manifestFile = path.join(dir, '..', 'kit-manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`${path.relative(root, manifestFile)} is missing: run \`npm run build\` first.`);
  }
  return JSON.parse(readFileSync(manifestFile, 'utf8')).files;
}

/** Budgeted drop-ins the build did not produce: a renamed or lost entry must fail, not pass unmeasured. */
export function missingDropIns(dir = kitDir) {
  const files = readManifest(dir);
  return Object.keys(budgets).filter((entry) => !files[entry]);
}

/** One row per drop-in that was built: its own size, its all-in size and its budget. */
export function measure(dir = kitDir) {
  const files = readManifest(dir);
  const gzipSize = (file) => gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length;
  const closure = (entry, key) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const dep of files[file]?.[key] ?? []) visit(dep);
    };
    visit(entry);
    return seen;
  };
  return Object.keys(budgets)
    .filter((entry) => files[entry])
    .map((entry) => {
      const allIn = closure(entry, 'imports');
      const onDemand = new Set();
      for (const file of allIn) {
        for (const lazy of files[file].dynamicImports) {
          for (const dep of closure(lazy, 'imports')) if (!allIn.has(dep)) onDemand.add(dep);
        }
      }
      const sum = (set) => [...set].reduce((total, file) => total + gzipSize(file), 0);
      const contents = {};
      for (const file of allIn) {
        for (const [owner, bytes] of Object.entries(files[file].contents ?? {})) contents[owner] = (contents[owner] ?? 0) + bytes;
      }
      return {
        contents,
        entry,
        own: gzipSize(entry),
        files: allIn.size,
        allIn: sum(allIn),
        onDemand: sum(onDemand),
        budget: budgets[entry],
      };
    });
}

const kib = (bytes) => (bytes / KB).toFixed(1);

export function formatTable(rows) {
  const head = ['drop-in', 'own gz KiB', 'files', 'all-in gz KiB', 'budget KiB', 'use', 'on demand KiB', 'status'];
  const body = rows.map((r) => [
    r.entry,
    kib(r.own),
    String(r.files),
    kib(r.allIn),
    kib(r.budget),
    `${Math.round((r.allIn / r.budget) * 100)}%`,
    kib(r.onDemand),
    r.allIn > r.budget ? 'OVER BUDGET' : 'ok',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** What an all-in size is made of: each owner's share of the minified bytes, applied to the gzip size. */
export function formatContents(row, top = 12) {
  const total = Object.values(row.contents).reduce((a, b) => a + b, 0) || 1;
  const lines = Object.entries(row.contents)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([owner, bytes]) => `  ${kib((bytes / total) * row.allIn).padStart(6)} KiB  ${String(Math.round((bytes / total) * 100)).padStart(3)}%  ${owner}`);
  return [`${row.entry}, roughly (share of minified bytes × all-in gzip size):`, ...lines].join('\n');
}

function main() {
  let rows;
  let missing;
  try {
    rows = measure();
    missing = missingDropIns();
  } catch (error) {
    console.error(`size: ${error.message}`);
    process.exit(1);
  }
  if (rows.length === 0) {
    console.error('size: dist/kit/ holds no drop-in yet: run `npm run build` first.');
    process.exit(1);
  }
  console.log('Drop-in sizes (gzip -9; all-in = entry + every chunk it imports statically)\n');
  console.log(formatTable(rows));
  for (const r of rows) {
    const target = targets[r.entry];
    if (target && r.allIn > target) console.log(`target not met: ${r.entry} ${kib(r.allIn)} KiB, target ${kib(target)} KiB`);
  }
  const over = rows.filter((r) => r.allIn > r.budget);
  const explain = process.argv.includes('--why') ? rows : over;
  for (const r of explain) console.log(`\n${formatContents(r)}`);
  if (missing.length > 0) {
    console.error('');
    for (const entry of missing) {
      console.error(`size: ${entry} has a budget but the build did not produce it (its define.ts missing, renamed or not built).`);
    }
  }
  if (over.length > 0) {
    console.error('');
    for (const r of over) {
      console.error(
        `size: ${r.entry} is ${r.allIn} bytes gzip all-in, over its budget of ${r.budget} bytes ` +
          `by ${r.allIn - r.budget} bytes. Move rarely used code behind import() or trim it; ` +
          `budgets live in scripts/size.mjs.`,
      );
    }
  }
  if (over.length > 0 || missing.length > 0) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
