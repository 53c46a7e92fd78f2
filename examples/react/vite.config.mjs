import { defineConfig } from 'vite';

// No React plugin is needed to build: Vite compiles JSX itself, with React 17+'s automatic runtime
// (`jsx: 'react-jsx'` in tsconfig.json). @vitejs/plugin-react adds Fast Refresh for `vite` dev.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
});
