import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RED_FLAGS } from '@fazhi/core';

const docs = readFileSync(new URL('../../../docs/village-rules.md', import.meta.url), 'utf8');

describe('docs/village-rules.md', () => {
  it('lists every built-in red flag with its title and level', () => {
    for (const flag of RED_FLAGS) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`${flag.id}\` |`));
      assert.ok(row, `no row for ${flag.id}`);
      assert.ok(row.includes(flag.title) && row.includes(flag.level ?? 'high'), row);
    }
  });
});
