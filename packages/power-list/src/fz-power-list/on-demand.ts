/*
 * What the list loads with `import()` (lazy.ts): the masking every row passes through, and the
 * server-mode export's walk through every page and its messages.
 */
export { publicItems } from './public-item.js';
export { exportText } from './server-export.js';
export { loadAllPages } from '@fazhi/form';
