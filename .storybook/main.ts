import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

// Written by hand (no `storybook init`): the build must work with no network at all.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Workspace packages resolve to their TypeScript sources, as in the tests and the rollup build.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['source', ...defaultClientConditions] };
    // Storybook's own manager runtime is large; the kit's sizes are checked by scripts/size.mjs.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 2048 };
    return viteConfig;
  },
};

export default config;
