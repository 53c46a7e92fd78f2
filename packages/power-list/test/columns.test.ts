import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadLocale } from '@fazhi/core';
import { cellText, columnsFromSchema, parseColumnsAttribute } from '../src/fz-power-list/columns.js';
import { deepLinkHref, deepLinkKey, readDeepLink } from '../src/fz-power-list/deep-link.js';

describe('columns', () => {
  it('parses the columns attribute with labels (half- or full-width colon) and sort marks', () => {
    assert.deepEqual(parseColumnsAttribute('code, name：名称，agency*, category, bad key'), [
      { key: 'code', sortable: true },
      { key: 'name', label: '名称', sortable: true },
      { key: 'agency', sortable: true },
      { key: 'category', sortable: false, filter: 'tabs' },
    ]);
    assert.equal(parseColumnsAttribute(''), undefined);
    assert.equal(parseColumnsAttribute(' , '), undefined);
  });

  it('reads x-fz-column as true, a number or an object, ordered, and drops an unsafe width', () => {
    const columns = columnsFromSchema(
      {
        properties: {
          a: { title: '甲', 'x-fz-column': true },
          b: { title: '乙', 'x-fz-column': 1 },
          c: { title: '丙', 'x-fz-column': { order: 2, label: '丙列', sortable: true, filter: 'select', width: '5em;color:red' } },
          d: { title: '丁' },
        },
      },
      'zh-CN',
    );
    assert.deepEqual(columns, [
      { key: 'b', label: '乙' },
      { key: 'c', label: '丙列', sortable: true, filter: 'select' },
      { key: 'a', label: '甲' },
    ]);
    assert.equal(columnsFromSchema({ properties: { a: { title: '甲' } } }, 'zh-CN'), undefined);
  });

  it('writes cells as text: coded values as labels, basis as law + article', async () => {
    await loadLocale('en');
    const item = {
      code: 'A',
      name: 'N',
      category: 'penalty',
      level: ['county', 'township'],
      status: 'somethingNew',
      basis: [{ lawName: '《甲法》', article: '第一条' }, { lawName: '《乙法》' }],
      entrustedToTownship: true,
    };
    assert.equal(cellText(item, 'category', 'zh-CN'), '行政处罚');
    assert.equal(cellText(item, 'category', 'en'), 'Penalties');
    assert.equal(cellText(item, 'level', 'zh-CN'), '县级、乡镇（街道）');
    assert.equal(cellText(item, 'status', 'zh-CN'), 'somethingNew');
    assert.equal(cellText(item, 'status', 'zh-CN', { status: { somethingNew: '新状态' } }), '新状态');
    assert.equal(cellText(item, 'basis', 'zh-CN'), '《甲法》第一条；《乙法》');
    assert.equal(cellText(item, 'entrustedToTownship', 'zh-CN'), '是');
    assert.equal(cellText(item, 'entrustedToTownship', 'en'), 'Yes');
    assert.equal(cellText(item, 'missing', 'zh-CN'), '');
  });
});

describe('deep links', () => {
  it('are namespaced by element id and survive other parts of the hash', () => {
    assert.equal(deepLinkKey(''), 'fz-power-list');
    assert.equal(deepLinkKey('county'), 'fz-county');
    assert.equal(readDeepLink('#fz-county=XK%2F1&fz-other=2', 'fz-county'), 'XK/1');
    assert.equal(readDeepLink('#top&fz-county=A', 'fz-county'), 'A');
    assert.equal(readDeepLink('#fz-county=', 'fz-county'), undefined);
    assert.equal(readDeepLink('#fz-county=%E0%A4%A', 'fz-county'), undefined);
    assert.equal(readDeepLink('#fz-power-list=A', 'fz-county'), undefined);
    assert.equal(deepLinkHref('fz-county', 'XK/1 甲'), '#fz-county=XK%2F1%20%E7%94%B2');
  });
});
