/** RFC 6901 JSON pointers: the one way every module names a place in the data. */

export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function join(pointer: string, token: string | number): string {
  return `${pointer}/${escapeToken(token)}`;
}

export function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function getAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const token of tokens(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** Returns a copy of `data` with `value` at `pointer` (creating objects on the way); `undefined` deletes. */
export function setAt<T>(data: T, pointer: string, value: unknown): T {
  const path = tokens(pointer);
  if (!path.length) return value as T;
  const write = (node: unknown, i: number): unknown => {
    const key = path[i]!;
    const copy: Record<string, unknown> | unknown[] = Array.isArray(node)
      ? [...node]
      : { ...(node && typeof node === 'object' ? (node as Record<string, unknown>) : {}) };
    const bag = copy as Record<string, unknown>;
    if (i === path.length - 1) {
      if (value === undefined && !Array.isArray(copy)) delete bag[key];
      else bag[key] = value;
    } else {
      bag[key] = write(bag[key], i + 1);
    }
    return copy;
  };
  return write(data, 0) as T;
}

/** True when `pointer` is `ancestor` or lies below it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}
