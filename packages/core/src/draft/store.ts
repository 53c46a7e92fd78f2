/** `session` (default in forms): survives a reload, gone with the tab; `local`: opt-in, expires; `off`. */
export type DraftMode = 'session' | 'local' | 'off';

/** The subset of Web Storage a draft needs; a fake in tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DraftStoreOptions {
  mode: DraftMode;
  /** Usually the schema's `$id`, so a draft never meets another major version of its form. */
  key: string;
  /** Lifetime of a draft; default 7 days in `local` mode, none in `session` mode. */
  ttlMs?: number;
  /** Defaults to `sessionStorage` / `localStorage` when they exist and are usable. */
  storage?: DraftStorage;
  now?: () => number;
}

export interface Draft {
  data: unknown;
  idempotencyKey?: string;
  savedAt: number;
}

export interface DraftStore {
  readonly mode: DraftMode;
  /** The saved draft, or null when there is none, it expired, or it cannot be read. */
  load(): Draft | null;
  /** Stores exactly what it is given (the caller strips sensitive fields); false when storage refused. */
  save(data: unknown, meta?: { idempotencyKey?: string }): boolean;
  clear(): void;
}

export const DEFAULT_LOCAL_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const PREFIX = 'fz-draft:';
const FORMAT = 1;

interface Stored extends Draft {
  v: number;
  expiresAt?: number;
}

/** Touching `sessionStorage` throws in some privacy modes and sandboxed iframes: treat that as none. */
function defaultStorage(mode: DraftMode): DraftStorage | undefined {
  try {
    const storage = mode === 'local' ? globalThis.localStorage : mode === 'session' ? globalThis.sessionStorage : undefined;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

const noDrafts = (mode: DraftMode): DraftStore => ({ mode, load: () => null, save: () => false, clear: () => {} });

export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const { mode } = options;
  const storage = mode === 'off' ? undefined : (options.storage ?? defaultStorage(mode));
  if (!storage) return noDrafts(mode);
  const name = PREFIX + options.key;
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? (mode === 'local' ? DEFAULT_LOCAL_TTL_MS : undefined);

  const clear = () => {
    try {
      storage.removeItem(name);
    } catch {
      // Nothing to do: storage is unavailable, so there is nothing left in it either.
    }
  };

  const load = (): Draft | null => {
    let stored: Stored;
    try {
      const text = storage.getItem(name);
      if (text == null) return null;
      stored = JSON.parse(text) as Stored;
    } catch {
      clear();
      return null;
    }
    if (!stored || typeof stored !== 'object' || stored.v !== FORMAT || typeof stored.savedAt !== 'number') {
      clear();
      return null;
    }
    if (stored.expiresAt !== undefined && now() >= stored.expiresAt) {
      clear();
      return null;
    }
    const draft: Draft = { data: stored.data, savedAt: stored.savedAt };
    if (typeof stored.idempotencyKey === 'string') draft.idempotencyKey = stored.idempotencyKey;
    return draft;
  };

  const save = (data: unknown, meta: { idempotencyKey?: string } = {}): boolean => {
    const savedAt = now();
    const stored: Stored = { v: FORMAT, savedAt, data };
    if (meta.idempotencyKey) stored.idempotencyKey = meta.idempotencyKey;
    if (ttlMs !== undefined) stored.expiresAt = savedAt + ttlMs;
    try {
      storage.setItem(name, JSON.stringify(stored));
      return true;
    } catch {
      // Quota exceeded or storage disabled: the form keeps working, only the draft is lost.
      return false;
    }
  };

  return { mode, load, save, clear };
}
