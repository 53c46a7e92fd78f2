import type { SortKey } from './types.js';

const collators = new Map<string, Intl.Collator>();

/** zh-CN collation puts Chinese text in pinyin order; `numeric` puts XK-2 before XK-10. */
export function listCollator(locale = 'zh-CN'): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}

function isMissing(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function sortable(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Ascending order of two field values: numbers numerically, everything else as text by collation.
 * Missing values sort last whatever the direction (see `sortItems`).
 */
export function compareValues(a: unknown, b: unknown, collator = listCollator()): number {
  const x = sortable(a);
  const y = sortable(b);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return collator.compare(String(x), String(y));
}

/**
 * A stable sort by several keys; ties keep their input order. `read(item, field)` gives a field's value.
 * Returns a new array.
 */
export function sortItems<T>(items: readonly T[], sort: SortKey[], read: (item: T, field: string) => unknown, collator = listCollator()): T[] {
  if (sort.length === 0) return items.slice();
  const keys = items.map((item, index) => ({ item, index, values: sort.map((key) => read(item, key.field)) }));
  keys.sort((a, b) => {
    for (let k = 0; k < sort.length; k++) {
      const x = a.values[k];
      const y = b.values[k];
      const xMissing = isMissing(x);
      const yMissing = isMissing(y);
      if (xMissing || yMissing) {
        if (xMissing !== yMissing) return xMissing ? 1 : -1;
        continue;
      }
      const order = compareValues(x, y, collator);
      if (order !== 0) return sort[k].direction === 'desc' ? -order : order;
    }
    return a.index - b.index;
  });
  return keys.map((key) => key.item);
}
