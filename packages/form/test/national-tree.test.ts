import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findRegionPath, type RegionNode } from '@fazhi/core';
import { decodeRegions, nationalTree } from '../src/widgets/cn/national-tree.js';

const all = (nodes: RegionNode[]): RegionNode[] => nodes.flatMap((n) => [n, ...all(n.children ?? [])]);
const names = (code: string) => findRegionPath(nationalTree, code)?.map((n) => n.name);

describe('the national 行政区划 shipped for region fields', () => {
  it('has the 34 provincial-level divisions, each code once, six digits, every name given', () => {
    assert.equal(nationalTree.length, 34);
    const nodes = all(nationalTree);
    assert.ok(nodes.length > 3000, `${nodes.length} entries`);
    assert.equal(new Set(nodes.map((n) => n.code)).size, nodes.length);
    for (const n of nodes) assert.match(`${n.code} ${n.name}`, /^\d{6} \S+$/);
  });

  it('places each entry by its GB/T 2260 code, municipalities and 省直辖 counties included', () => {
    assert.deepEqual(names('330106'), ['浙江省', '杭州市', '西湖区']);
    assert.deepEqual(names('110108'), ['北京市', '市辖区', '海淀区']);
    assert.deepEqual(names('500229'), ['重庆市', '县', '城口县']);
    assert.deepEqual(names('429004'), ['湖北省', '省直辖县级行政区划', '仙桃市']);
    assert.deepEqual(names('659001'), ['新疆维吾尔自治区', '自治区直辖县级行政区划', '石河子市']);
    for (const province of nationalTree) {
      for (const child of province.children ?? []) assert.equal(child.code.slice(0, 2), province.code.slice(0, 2));
    }
  });

  it('decodes the compact form: a county without its prefecture row hangs under the province', () => {
    assert.deepEqual(decodeRegions('440000广东省|441900东莞市|460000海南省|469001五指山市'), [
      { code: '440000', name: '广东省', children: [{ code: '441900', name: '东莞市' }] },
      { code: '460000', name: '海南省', children: [{ code: '469001', name: '五指山市' }] },
    ]);
  });
});
