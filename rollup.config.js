// Two kinds of output:
//  1. dist/kit/: the drop-ins a portal serves as <script type="module" src>. One build with
//     several entries, so every element on a page shares one Lit/core runtime chunk. ES2019,
//     minified, production Lit, everything bundled.
//  2. packages/<p>/dist/: ESM for developers who bundle, one module per source file, every bare
//     import (lit, zod, @fazhi/*) left external. Declarations come from scripts/build-types.mjs.
// A missing define.ts or index.ts is skipped, so the build works while packages are being written;
// scripts/size.mjs then fails for a budgeted drop-in the build did not produce.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import path from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform as esbuildTransform, transformSync } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';

const root = path.dirname(fileURLToPath(import.meta.url));
const at = (...parts) => path.join(root, ...parts);
// FAZHI_DIST moves dist/kit and dist/kit-manifest.json elsewhere (a build of one's own beside others').
const dist = process.env.FAZHI_DIST ? path.resolve(process.env.FAZHI_DIST) : at('dist');

/** Drop-in file name → the module that registers its tags. The whole kit is every one of them. */
const dropIns = {
  'fz-form': 'packages/form/src/define.ts',
  'fz-list': 'packages/form/src/define-list.ts',
  'fz-legal-aid-form': 'packages/legal-aid/src/define.ts',
  'fz-village-rules': 'packages/village-rules/src/define.ts',
  'fz-power-list': 'packages/power-list/src/define.ts',
  'fz-enforcement-notice': 'packages/enforcement-notice/src/define.ts',
};
/**
 * The designer is for editors only: built on its own (its own Lit runtime chunk), so adding it
 * never moves code between the chunks that the citizens' drop-ins share.
 */
const editorDropIns = { 'fz-form-designer': 'packages/designer/src/define.ts' };
const KIT = 'fazhi-kit';
const KIT_ID = 'fazhi-kit:all-elements';

const packages = ['core', 'form', 'legal-aid', 'village-rules', 'power-list', 'enforcement-notice', 'designer', 'server'];

// Schemas and catalogues are imported as JSON; esbuild turns them into ES modules.
const transform = (target, sourceMap = false) =>
  esbuild({ target, loaders: { '.json': 'json' }, tsconfig: at('tsconfig.json'), sourceMap });

const presentDropIns = Object.entries(dropIns).filter(([, file]) => existsSync(at(file)));

/** Empties an output folder first, so no chunk from an earlier build lingers and gets served. */
function clean(dir) {
  return { name: 'clean', buildStart: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Lit and zod ship ES2021+ syntax (??=, class fields): lower whole chunks for Chromium 84. */
function lowerTo(target) {
  return {
    name: 'lower-syntax',
    async renderChunk(code) {
      const result = await esbuildTransform(code, { target, format: 'esm', legalComments: 'eof' });
      return { code: result.code, map: null };
    },
  };
}

/** The whole-kit entry: imports every element's define module that exists. */
function kitEntry() {
  return {
    name: 'fazhi-kit-entry',
    resolveId: (id) => (id === KIT_ID ? id : null),
    load: (id) =>
      id === KIT_ID ? presentDropIns.map(([, file]) => `import ${JSON.stringify(at(file))};`).join('\n') : null,
  };
}

/** Which package (or npm dependency) a module belongs to, for the size breakdown. */
function owner(id) {
  const rel = path.relative(root, id).split(path.sep).join('/');
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel);
  if (dep) return dep[1];
  const pkg = /^packages\/([^/]+)\/src\/([^/.]+)/.exec(rel);
  return pkg ? `@fazhi/${pkg[1]}/${pkg[2]}` : rel;
}

/** A module's share of a chunk, minified on its own (comments and whitespace would skew it). */
function minifiedLength(info) {
  try {
    return transformSync(info.code ?? '', { minify: true, loader: 'js' }).code.length;
  } catch {
    return info.renderedLength;
  }
}

/**
 * dist/kit-manifest.json, beside dist/kit/ (which portals copy whole): each file's static and
 * on-demand imports, from which scripts/size.mjs adds up all-in sizes, and what each file is made
 * of (minified bytes by package or npm dependency).
 */
function kitManifest({ merge = false } = {}) {
  return {
    name: 'fazhi-kit-manifest',
    generateBundle(_options, bundle) {
      const files = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const parts = {};
        for (const [id, info] of Object.entries(chunk.modules)) {
          if (info.renderedLength) parts[owner(id)] = (parts[owner(id)] ?? 0) + minifiedLength(info);
        }
        const contents = Object.fromEntries(Object.entries(parts).sort((a, b) => b[1] - a[1]));
        files[chunk.fileName] = { entry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports, contents };
      }
      mkdirSync(dist, { recursive: true });
      const manifestFile = path.join(dist, 'kit-manifest.json');
      // A later build into dist/kit/ (the designer's) adds its files to the kit's.
      const earlier = merge && existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')).files : {};
      writeFileSync(manifestFile, JSON.stringify({ files: { ...earlier, ...files } }, null, 2) + '\n');
    },
  };
}

const inCore = (id, folder) => id.split(path.sep).join('/').includes(`/packages/core/src/${folder}/`);

/**
 * One chunk for the parts of core that the forms and the public lists both run: the format checks
 * that masking uses (identity and credit-code check digits, dates, width folding) and the region
 * and ethnicity data. Left to the automatic split they were merged into the Lit runtime chunk that
 * every drop-in loads, the power list included, which runs them only in its on-demand masking.
 */
function sharedCore(id, { getModuleInfo }) {
  if (inCore(id, 'data')) return 'shared-core';
  if (inCore(id, 'formats') && getModuleInfo(id)?.importers.some((importer) => inCore(importer, 'mask'))) return 'shared-core';
  return undefined;
}

/**
 * Minifies the CSS inside Lit's css`…` templates of our own sources (terser leaves template text
 * alone). Templates with `${…}` parts are left as written. The minified CSS goes back into a
 * template literal, where a CSS escape such as `\201c` is an invalid escape that makes the tagged
 * template's text undefined (an empty stylesheet): backslashes, backticks and `${` are escaped, and
 * a template that would still not read back as the minified CSS fails the build.
 */
function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!id.includes(`${path.sep}packages${path.sep}`) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`$\\]*)`/g, (whole, text) => {
        let minified;
        try {
          minified = transformSync(text, { loader: 'css', minify: true }).code.trim();
        } catch {
          return whole;
        }
        const literal = asTemplateText(minified);
        if (cooked(literal) !== minified) this.error(`minified CSS does not survive as template text: ${minified.slice(0, 80)}`);
        return `css\`${literal}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Text that a template literal reads back as exactly `text`. */
const asTemplateText = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** What a tag receives from a template literal with this text (undefined for an invalid escape), as Lit's css would. */
function cooked(literal) {
  try {
    return runInNewContext(`((strings) => strings[0])\`${literal}\``);
  } catch {
    return undefined;
  }
}

/** Plugins of a dist/kit/ build; the first build empties the folder, later ones add to it. */
const kitPlugins = (first) => [
  ...(first ? [clean(path.join(dist, 'kit')), kitEntry()] : []),
  minifyLitCss(),
  nodeResolve({ browser: true, exportConditions: ['source', 'browser'], extensions: ['.ts', '.js', '.mjs', '.json'] }),
  transform('es2019'),
  lowerTo('es2019'),
  // terser after esbuild: about 1.5 KB gzip smaller per drop-in than esbuild's minifier.
  terser({ ecma: 2019, module: true, compress: { passes: 2 }, format: { comments: /@license/ }, maxWorkers: 2 }),
  kitManifest({ merge: !first }),
];

const kitOutput = (chunkPrefix) => ({
  dir: path.join(dist, 'kit'),
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: `${chunkPrefix}-[hash].js`,
  // Fewer shared chunks (each request costs more than a few bytes on rural networks), but only
  // crumbs are merged: at 8 KB the power list's on-demand parts were merged into a chunk the
  // notice loads at once (+0.4 KB gzip on it), and its masking's checks into the runtime.
  experimentalMinChunkSize: 2 * 1024,
  manualChunks: sharedCore,
});

function kitBuild() {
  if (presentDropIns.length === 0) return [];
  const editors = Object.entries(editorDropIns).filter(([, file]) => existsSync(at(file)));
  return [
    {
      input: { ...Object.fromEntries(presentDropIns.map(([name, file]) => [name, at(file)])), [KIT]: KIT_ID },
      plugins: kitPlugins(true),
      output: kitOutput('chunk'),
      preserveEntrySignatures: false,
      onwarn,
      onLog,
    },
    ...(editors.length
      ? [{ input: Object.fromEntries(editors.map(([name, file]) => [name, at(file)])), plugins: kitPlugins(false), output: kitOutput('designer'), preserveEntrySignatures: false, onwarn, onLog }]
      : []),
  ];
}

const isBare = (id) => !id.startsWith('.') && !id.startsWith('\0') && !path.isAbsolute(id);

/**
 * A package's entries: src/index.ts, src/define.ts and every other `source` of its exports map
 * (`@fazhi/core/ajv` → src/ajv/fz-vocabulary.ts), named by their path under src/ so each lands
 * where the map's `default` points (dist/ajv/fz-vocabulary.js). A `*` in a file name stands for
 * every matching file (`@fazhi/core/locales/*.en` → src/generated/*.en.ts).
 */
function packageEntries(name) {
  const dir = at('packages', name);
  const src = path.join(dir, 'src');
  const { exports = {} } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const sources = Object.values(exports).map((target) => (target && typeof target === 'object' ? target.source : undefined));
  const matching = (source) => {
    const file = path.join(dir, source);
    if (!file.includes('*') || !existsSync(path.dirname(file))) return [file];
    const [before, after] = path.basename(file).split('*');
    return readdirSync(path.dirname(file))
      .filter((f) => f.startsWith(before) && f.endsWith(after) && f.length >= before.length + after.length)
      .map((f) => path.join(path.dirname(file), f));
  };
  const files = [path.join(src, 'index.ts'), path.join(src, 'define.ts'), ...sources.filter(Boolean).flatMap(matching)];
  return Object.fromEntries(
    [...new Set(files)].filter((file) => existsSync(file)).map((file) => [path.relative(src, file).replace(/\.ts$/, '').split(path.sep).join('/'), file]),
  );
}

function packageBuilds() {
  return packages.flatMap((name) => {
    const src = at('packages', name, 'src');
    const input = packageEntries(name);
    if (Object.keys(input).length === 0) return [];
    return [
      {
        input,
        external: isBare,
        plugins: [clean(at('packages', name, 'dist')), transform('es2022', true)],
        output: {
          dir: at('packages', name, 'dist'),
          format: 'es',
          preserveModules: true,
          preserveModulesRoot: src,
          entryFileNames: '[name].js',
          sourcemap: true,
          importAttributesKey: 'with',
        },
        onwarn,
      },
    ];
  });
}

function onLog(level, log, handler) {
  if (log.code === 'OPTIMIZE_CHUNK_STATUS') return; // experimentalMinChunkSize's chatter
  handler(level, log);
}

function onwarn(warning, warn) {
  // A broken import must fail the build, not ship a drop-in that throws on the portal.
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') throw new Error(warning.message);
  // zod's explanatory comments next to /*@__PURE__*/ annotations: harmless, and not ours to fix.
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes(`${path.sep}node_modules${path.sep}`)) return;
  // zod's core modules import each other in a cycle; it is theirs and works.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes(`${path.sep}node_modules${path.sep}`))) return;
  warn(warning);
}

// `rollup -c --environment KIT_ONLY` builds only dist/kit/ (what `npm start` serves).
const kitOnly = Boolean(process.env.KIT_ONLY);
const configs = [...kitBuild(), ...(kitOnly ? [] : packageBuilds())];
if (configs.length === 0) throw new Error('nothing to build yet: no packages/*/src/index.ts or define.ts');
export default configs;
