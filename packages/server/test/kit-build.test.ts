import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup, type OutputOptions, type Plugin, type RollupOptions } from 'rollup';

// The build that makes what this server serves (dist/kit) and what developers install
// (packages/*/dist), and the size check that guards the drop-ins.

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const configs = (await import(join(repoDir, 'rollup.config.js'))).default as RollupOptions[];
const size = (await import(join(repoDir, 'scripts', 'size.mjs'))) as {
  budgets: Record<string, number>;
  measure(dir?: string): { entry: string }[];
  missingDropIns(dir?: string): string[];
};

type Exports = Record<string, { source?: string; types?: string; default?: string }>;
/** A subpath pattern ("./src/generated/*.en.ts") as a test over paths; `*` stands for one file-name part. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (target: string) => new RegExp(`^${target.split('*').map(escape).join('[^/]+')}$`);
const packageOf = (config: RollupOptions) => /packages\/([^/]+)\/dist$/.exec(String((config.output as OutputOptions).dir))?.[1];

describe('package builds', () => {
  test('every subpath a package exports (./ajv of @fazhi/core too) is an entry of its build', () => {
    const builds = configs.filter(packageOf);
    assert.ok(builds.length >= 6);
    for (const config of builds) {
      const name = packageOf(config)!;
      const pkgDir = join(repoDir, 'packages', name);
      const exports = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).exports as Exports;
      const inputs = Object.values(config.input as Record<string, string>);
      for (const [subpath, target] of Object.entries(exports)) {
        // Types only: the React and Vue typings, which scripts/framework-types.mjs writes after the build.
        if (!target.source) {
          assert.deepEqual([subpath, Object.keys(target)], [subpath, ['types']]);
          assert.match(subpath, /^\.\/(react|vue)$/);
          continue;
        }
        const wanted = pattern(join(pkgDir, target.source!));
        assert.ok(inputs.some((input) => wanted.test(input)), `${name} ${subpath}: ${target.source} is not built`);
      }
    }
  });

  test('@fazhi/core’s build writes dist/ajv/fz-vocabulary.js, where its exports map points', async () => {
    const config = configs.find((c) => packageOf(c) === 'core')!;
    // Generated in memory: the real packages/core/dist is left alone.
    const plugins = (config.plugins as Plugin[]).filter((p) => p.name !== 'clean');
    const bundle = await rollup({ ...config, plugins });
    try {
      const { output } = await bundle.generate(config.output as OutputOptions);
      const files = output.map((o) => o.fileName);
      const exports = JSON.parse(readFileSync(join(repoDir, 'packages/core/package.json'), 'utf8')).exports as Exports;
      for (const target of Object.values(exports)) {
        const wanted = pattern(target.default!.replace('./dist/', ''));
        assert.ok(files.some((file) => wanted.test(file)), target.default);
      }
    } finally {
      await bundle.close();
    }
  });
});

describe('size check', () => {
  test('a budgeted drop-in missing from the build is reported, not skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-size-'));
    try {
      const kit = join(dir, 'kit');
      mkdirSync(kit);
      const present = 'fz-power-list.js';
      writeFileSync(join(kit, present), 'export {};\n');
      writeFileSync(join(dir, 'kit-manifest.json'), JSON.stringify({ files: { [present]: { entry: true, imports: [], dynamicImports: [], contents: {} } } }));
      assert.deepEqual(size.measure(kit).map((r) => r.entry), [present]);
      assert.deepEqual(size.missingDropIns(kit), Object.keys(size.budgets).filter((f) => f !== present));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
