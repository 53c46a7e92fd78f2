// `npx cem analyze --config custom-elements-manifest.config.mjs` writes custom-elements.json:
// every element's attributes, properties, events, slots, CSS parts and custom properties, read
// from the sources and their JSDoc (@fires, @csspart, @cssprop, @slot).
import { resolveModuleOrPackageSpecifier } from '@custom-elements-manifest/analyzer/src/utils/index.js';

/**
 * Tags are registered through defineElement('fz-…', Class, version) (the first-version-wins
 * guard), which the analyzer does not know: record those calls as custom-element definitions,
 * exactly as it does for customElements.define().
 */
function defineElementCalls() {
  return {
    name: 'fazhi-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !ts.isStringLiteralLike(tagArg) || !classArg || !ts.isIdentifier(classArg)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tagArg.text,
          declaration: { name: classArg.text, ...resolveModuleOrPackageSpecifier(moduleDoc, context, classArg.text) },
        },
      ];
    },
    // The guard's own customElements.define(tag, ctor) is not a definition: a tag has a hyphen.
    // Likewise an element's typed emit(type, detail) is no event named `type`: ours are all fz-….
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name.startsWith('fz-'));
        }
      }
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  // core and server hold no elements (core must not even import Lit).
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/dist/**', 'packages/core/**', 'packages/server/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [defineElementCalls()],
};
