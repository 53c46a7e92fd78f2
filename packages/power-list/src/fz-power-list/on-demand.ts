/*
 * What the list loads with `import()` (lazy.ts): the masking every row passes through, and the
 * server-mode export's walk through every page and its zh-CN texts.
 */
import './server-export.js';
export { publicItems } from './public-item.js';
export { loadAllPages } from '@fazhi/form';
