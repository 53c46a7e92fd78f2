import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/fazhi.mjs', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('npx fazhi check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-'));
  mkdirSync(join(dir, 'overlays'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test('an overlay with a trailing comma: the line, what to do, exit 1', () => {
    const result = run('check', file('overlays/legal-aid-application.json', '{\n  "properties": {\n    "facts": { "title": "事情经过" },\n  }\n}\n'));
    assert.equal(result.status, 1);
    assert.match(result.stdout, /legal-aid-application\.json 第 4 行：最后一项后面多了逗号，请删掉这个逗号/);
  });

  test('a misspelt field, named by --form: the place and the name meant', () => {
    const result = run('check', '--form', 'legal-aid-application', file('mine.json', '{ "properties": { "fatcs": { "title": "事情经过" } } }'));
    assert.equal(result.status, 1);
    assert.match(result.stdout, /properties\.fatcs：原表单没有这个字段.*“facts”/);
  });

  test('a good overlay and a whole built-in schema pass with exit 0', () => {
    const good = run('check', file('overlays/village-rule-submission.json', '{ "title": "村规民约备案（本县）" }'));
    assert.equal(good.status, 0, good.stdout + good.stderr);
    assert.match(good.stdout, /没有发现问题/);
    const whole = run('check', fileURLToPath(new URL('../../../schemas/legal-aid-application.schema.json', import.meta.url)));
    assert.equal(whole.status, 0, whole.stdout);
  });

  test('cleanup', () => rmSync(dir, { recursive: true, force: true }));
});
