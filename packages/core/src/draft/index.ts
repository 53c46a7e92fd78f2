export { createDraftStore, DEFAULT_LOCAL_TTL_MS } from './store.js';
export type { DraftMode, DraftStore, DraftStoreOptions, Draft } from './store.js';
