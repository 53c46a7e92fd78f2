import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDraftStore, DEFAULT_LOCAL_TTL_MS } from '../src/draft/index.js';

function fakeStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const KEY = 'https://fazhi.example/schemas/legal-aid-application/v1';

test('session mode: save, load back with the key, clear', () => {
  const storage = fakeStorage();
  const store = createDraftStore({ mode: 'session', key: KEY, storage, now: () => 1000 });
  assert.equal(store.load(), null);
  assert.equal(store.save({ applicant: { name: '王小测' } }, { idempotencyKey: 'k-1' }), true);
  assert.deepEqual(store.load(), { data: { applicant: { name: '王小测' } }, idempotencyKey: 'k-1', savedAt: 1000 });
  assert.deepEqual([...storage.map.keys()], [`fz-draft:${KEY}`]);
  store.clear();
  assert.equal(store.load(), null);
  assert.equal(storage.map.size, 0);
});

test('a second store on the same key (a reload) sees the draft; another key does not', () => {
  const storage = fakeStorage();
  createDraftStore({ mode: 'session', key: KEY, storage }).save({ a: 1 });
  assert.deepEqual(createDraftStore({ mode: 'session', key: KEY, storage }).load()?.data, { a: 1 });
  assert.equal(createDraftStore({ mode: 'session', key: KEY.replace('v1', 'v2'), storage }).load(), null);
});

test('local mode expires after the default TTL and removes the stale draft', () => {
  const storage = fakeStorage();
  let now = 0;
  const store = createDraftStore({ mode: 'local', key: KEY, storage, now: () => now });
  store.save({ a: 1 });
  now = DEFAULT_LOCAL_TTL_MS - 1;
  assert.deepEqual(store.load()?.data, { a: 1 });
  now = DEFAULT_LOCAL_TTL_MS;
  assert.equal(store.load(), null);
  assert.equal(storage.map.size, 0);
});

test('a custom TTL applies; session mode has no expiry by default', () => {
  const storage = fakeStorage();
  let now = 0;
  const local = createDraftStore({ mode: 'local', key: 'a', storage, ttlMs: 60_000, now: () => now });
  const session = createDraftStore({ mode: 'session', key: 'b', storage, now: () => now });
  local.save(1);
  session.save(2);
  now = 10 * DEFAULT_LOCAL_TTL_MS;
  assert.equal(local.load(), null);
  assert.equal(session.load()?.data, 2);
});

test('off mode stores nothing', () => {
  const storage = fakeStorage();
  const store = createDraftStore({ mode: 'off', key: KEY, storage });
  assert.equal(store.save({ a: 1 }), false);
  assert.equal(store.load(), null);
  assert.equal(storage.map.size, 0);
});

test('corrupt or foreign data is discarded, not thrown', () => {
  const storage = fakeStorage();
  const store = createDraftStore({ mode: 'session', key: KEY, storage });
  storage.map.set(`fz-draft:${KEY}`, '{not json');
  assert.equal(store.load(), null);
  assert.equal(storage.map.size, 0);
  storage.map.set(`fz-draft:${KEY}`, JSON.stringify({ v: 99, data: 1, savedAt: 1 }));
  assert.equal(store.load(), null);
});

test('a full or disabled storage makes save return false instead of throwing', () => {
  const broken = {
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: () => {},
  };
  const store = createDraftStore({ mode: 'local', key: KEY, storage: broken });
  assert.equal(store.save({ a: 1 }), false);
  assert.equal(store.load(), null);
  assert.doesNotThrow(() => store.clear());
});

test('without Web Storage (plain Node) the store is a harmless no-op', () => {
  const store = createDraftStore({ mode: 'session', key: KEY });
  assert.equal(store.save({ a: 1 }), false);
  assert.equal(store.load(), null);
});
