// Type declarations for developers who bundle: packages/<p>/src/**/*.ts → packages/<p>/dist/**/*.d.ts,
// next to the ESM that rollup writes. Errors are printed but do not stop the build:
// `npm run typecheck` is the gate, and a demo (`npm start`) should not wait on a type error.
import ts from 'typescript';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();

const { config, error } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
const parsed = ts.parseJsonConfigFileContent(
  {
    ...config,
    include: ['packages/*/src'],
    exclude: ['**/*.test.ts', '**/*.stories.ts', '**/dist', 'node_modules'],
  },
  ts.sys,
  root,
  { declaration: true, emitDeclarationOnly: true, noEmit: false, rootDir: root, declarationDir: root, sourceMap: false },
);

const program = ts.createProgram(parsed.fileNames, parsed.options);
const srcDir = new RegExp(`^(${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/packages/[^/]+)/src/`);
let written = 0;
const result = program.emit(undefined, (file, text) => {
  const match = srcDir.exec(file);
  if (!match) return;
  const target = file.replace(srcDir, `${match[1]}/dist/`);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  written++;
});

// Only what declaration emit itself reports: the full type check is `npm run typecheck`'s job.
const diagnostics = [...program.getSyntacticDiagnostics(), ...result.diagnostics];
if (diagnostics.length > 0) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  console.warn(ts.formatDiagnostics(diagnostics.slice(0, 20), host));
  console.warn(`build-types: ${diagnostics.length} type error(s); declarations written anyway (see npm run typecheck).`);
}
console.log(`build-types: ${written} declaration files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
