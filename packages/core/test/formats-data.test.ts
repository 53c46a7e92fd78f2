import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ETHNICITIES, ETHNICITY_EXTRAS, ethnicityName, ethnicityOptions, findRegionPath, regionsSample, type RegionNode } from '../src/data/index.js';
import { formats } from '../src/formats/index.js';

describe('ethnicities (GB 3304)', () => {
  it('lists 56 names with codes 01–56 in order, unique', () => {
    assert.equal(ETHNICITIES.length, 56);
    ETHNICITIES.forEach((e, i) => assert.equal(e.code, String(i + 1).padStart(2, '0')));
    assert.equal(new Set(ETHNICITIES.map((e) => e.name)).size, 56);
    assert.ok(ETHNICITIES.every((e) => e.inGb3304 && /^[A-Z]{2}$/.test(e.letters!) && e.name.endsWith('族')));
  });

  it('has the names at the codes domain.md lists', () => {
    assert.equal(ethnicityName('01'), '汉族');
    assert.equal(ethnicityName('02'), '蒙古族');
    assert.equal(ethnicityName('05'), '维吾尔族');
    assert.equal(ethnicityName('29'), '柯尔克孜族');
    assert.equal(ethnicityName('43'), '乌孜别克族');
    assert.equal(ethnicityName('56'), '基诺族');
    assert.equal(ethnicityName('00'), undefined);
  });

  it('offers 97 and 98 only on request, marked as not in GB 3304', () => {
    assert.deepEqual(ETHNICITY_EXTRAS.map((e) => [e.code, e.inGb3304]), [['97', false], ['98', false]]);
    assert.equal(ethnicityOptions().length, 56);
    assert.equal(ethnicityOptions(true).length, 58);
    assert.equal(ethnicityName('97'), '其他未识别民族');
  });
});

describe('regionsSample and findRegionPath', () => {
  function* walk(nodes: readonly RegionNode[], depth = 0): Generator<[RegionNode, number]> {
    for (const n of nodes) {
      yield [n, depth];
      if (n.children) yield* walk(n.children, depth + 1);
    }
  }

  it('has five levels: province, city, two counties, townships, villages', () => {
    const byDepth = [0, 0, 0, 0, 0];
    for (const [, depth] of walk(regionsSample)) byDepth[depth]!++;
    assert.deepEqual(byDepth.slice(0, 3), [1, 1, 2]);
    assert.ok(byDepth[3]! >= 4 && byDepth[4]! >= 8);
  });

  it('every code is a valid region code and starts with its parent’s', () => {
    const codes = new Set<string>();
    for (const [node] of walk(regionsSample)) {
      assert.equal(formats['cn-region-code']!.check(node.code), null, node.code);
      assert.ok(!codes.has(node.code), `duplicate ${node.code}`);
      codes.add(node.code);
      for (const child of node.children ?? []) {
        const prefix = node.code.length === 6 ? node.code.replace(/(00)+$/, '') : node.code;
        assert.ok(child.code.startsWith(prefix), `${child.code} under ${node.code}`);
      }
    }
  });

  it('finds the path from province down to a village', () => {
    const path = findRegionPath(regionsSample, '330122101201')!;
    assert.deepEqual(path.map((n) => n.name), ['浙江省', '杭州市', '桐庐县', '青溪镇（示例）', '上溪村（示例）']);
    assert.deepEqual(findRegionPath(regionsSample, '330000')!.map((n) => n.code), ['330000']);
    assert.equal(findRegionPath(regionsSample, '110101'), null);
  });
});
