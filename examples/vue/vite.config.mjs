import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // The fz- tags are custom elements, not Vue components: without this Vue warns
      // "Failed to resolve component" on every render.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('fz-') } },
    }),
  ],
});
