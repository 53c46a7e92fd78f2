import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  applyQuery,
  buildCsv,
  clampPageSize,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  createListEngine,
  csvCell,
  emptyListQuery,
  formatListQuery,
  itemsToCsv,
  normalizeSearchText,
  pageCount,
  parseListQuery,
  readPath,
  safeHttpUrl,
  searchTerms,
  sortItems,
} from '../src/list/index.js';
import type { ListOptions, ListQuery } from '../src/list/index.js';

interface Item {
  code: string;
  name: string;
  category: string;
  date?: string;
  level?: string[];
  amount?: number;
  basis: { lawName: string; article: string; text?: string }[];
}

const items: Item[] = [
  { code: 'XK-10', name: '乡村建设规划许可', category: 'xk', date: '2026-01-05', level: ['乡'], basis: [{ lawName: '《中华人民共和国城乡规划法》', article: '第四十一条', text: '在乡、村庄规划区内进行乡镇企业建设' }] },
  { code: 'XK-2', name: '公共场所卫生许可', category: 'xk', date: '2026-02-10', level: ['县', '乡'], basis: [{ lawName: '《公共场所卫生管理条例》', article: '第八条', text: '经营单位须取得“卫生许可证”' }] },
  { code: 'CF-1', name: '对违反规划建设的处罚', category: 'cf', date: '2026-03-31T18:00:00+08:00', amount: 5000, basis: [{ lawName: '《中华人民共和国城乡规划法》', article: '第六十五条' }] },
  { code: 'CF-3', name: '对擅自占用道路的处罚', category: 'cf', date: '2026-04-01', amount: 200, basis: [{ lawName: '国发〔2015〕1号', article: '第三条', text: 'ＡＢＣ　全角 文本' }] },
  { code: 'QT-1', name: '爱国卫生运动的组织', category: 'qt', basis: [{ lawName: '《爱国卫生工作条例》', article: '第五条' }] },
];

const options: ListOptions<Item> = { searchFields: ['name', 'code', 'basis'], facetFields: ['category', 'level'] };

function q(partial: Partial<ListQuery> = {}): ListQuery {
  return { ...emptyListQuery(20), ...partial };
}

describe('list query protocol', () => {
  it('parses the documented example', () => {
    const query = parseListQuery('?page=2&pageSize=50&q=%E8%AE%B8%E5%8F%AF&sort=-code&f.category=xk&f.date=2026-01-01..2026-03-31');
    assert.deepEqual(query, {
      page: 2,
      pageSize: 50,
      q: '许可',
      sort: [{ field: 'code', direction: 'desc' }],
      filters: { category: ['xk'] },
      ranges: { date: { from: '2026-01-01', to: '2026-03-31' } },
    });
  });

  it('round-trips through the query string in a fixed order', () => {
    const query: ListQuery = {
      page: 3,
      pageSize: 10,
      q: '城乡 规划',
      sort: [{ field: 'category', direction: 'asc' }, { field: 'code', direction: 'desc' }],
      filters: { level: ['县', '乡'], category: ['xk'] },
      ranges: { date: { from: '2026-01-01' } },
    };
    const text = formatListQuery(query);
    assert.equal(
      text,
      'page=3&pageSize=10&q=%E5%9F%8E%E4%B9%A1+%E8%A7%84%E5%88%92&sort=category%2C-code&f.category=xk&f.date=2026-01-01..&f.level=%E5%8E%BF&f.level=%E4%B9%A1',
    );
    assert.deepEqual(parseListQuery(text), query);
  });

  it('omits empty search and sort, keeps page and pageSize', () => {
    assert.equal(formatListQuery(q()), 'page=1&pageSize=20');
    assert.equal(formatListQuery(q({ q: '   ' })), 'page=1&pageSize=20');
  });

  it('accepts a parsed query object (as a server framework gives) and URLSearchParams', () => {
    const fromObject = parseListQuery({ page: '2', 'f.category': ['xk', 'cf'], q: undefined });
    assert.equal(fromObject.page, 2);
    assert.deepEqual(fromObject.filters, { category: ['xk', 'cf'] });
    assert.deepEqual(parseListQuery(new URLSearchParams('sort=name,-code')).sort, [
      { field: 'name', direction: 'asc' },
      { field: 'code', direction: 'desc' },
    ]);
  });

  it('falls back to defaults on bad numbers and caps the page size', () => {
    const query = parseListQuery('page=-1&pageSize=abc', { defaultPageSize: 15 });
    assert.equal(query.page, 1);
    assert.equal(query.pageSize, 15);
    assert.equal(parseListQuery('pageSize=100000').pageSize, MAX_PAGE_SIZE);
    assert.equal(parseListQuery('pageSize=100000', { maxPageSize: 50 }).pageSize, 50);
    assert.equal(parseListQuery('page=1.5').page, 1);
  });

  it('has one page-size ceiling, 100, the reference server’s too, and clamps what an element is given', () => {
    assert.equal(MAX_PAGE_SIZE, 100);
    assert.equal(parseListQuery('pageSize=150').pageSize, 100);
    assert.equal(clampPageSize(500), 100);
    assert.equal(clampPageSize(100), 100);
    assert.equal(clampPageSize(35.7), 35);
    for (const bad of [0, -3, Number.NaN, Infinity, undefined, '20' as unknown]) assert.equal(clampPageSize(bad), DEFAULT_PAGE_SIZE, String(bad));
  });

  it('reads open ranges on either side and ignores empty filter values', () => {
    const query = parseListQuery('f.date=..2026-03-31&f.amount=100..&f.category=');
    assert.deepEqual(query.ranges, { date: { to: '2026-03-31' }, amount: { from: '100' } });
    assert.deepEqual(query.filters, {});
  });

  it('counts pages, never fewer than one', () => {
    assert.equal(pageCount(0, 20), 1);
    assert.equal(pageCount(91, 20), 5);
    assert.equal(pageCount(100, 20), 5);
  });
});

describe('search normalisation', () => {
  it('ignores full-/half-width, spacing, case and bracket variants', () => {
    assert.equal(normalizeSearchText('ＡＢＣ　全角 文本'), 'abc全角文本');
    assert.equal(normalizeSearchText('第 ４１ 条'), '第41条');
    assert.equal(normalizeSearchText('国发〔2015〕1号'), normalizeSearchText('国发[2015]1号'));
    assert.equal(normalizeSearchText('国发【2015】1号'), normalizeSearchText('国发［２０１５］１号'));
    assert.equal(normalizeSearchText('（试行）'), '(试行)');
    assert.equal(normalizeSearchText('a\u200bb\ufeff'), 'ab');
  });

  it('splits a query into normalised terms', () => {
    assert.deepEqual(searchTerms('  城乡规划法　第四十一条 '), ['城乡规划法', '第四十一条']);
    assert.deepEqual(searchTerms(''), []);
  });

  it('reads nested paths through arrays', () => {
    assert.deepEqual(readPath(items[0], 'basis.article'), ['第四十一条']);
    assert.equal(readPath(items[0], 'missing.deeper'), undefined);
  });
});

describe('applyQuery', () => {
  it('returns everything with facet counts when nothing is asked', () => {
    const result = applyQuery(items, q(), options);
    assert.equal(result.total, 5);
    assert.deepEqual(result.items.map((i) => i.code), ['XK-10', 'XK-2', 'CF-1', 'CF-3', 'QT-1']);
    assert.deepEqual(result.facets, { category: { xk: 2, cf: 2, qt: 1 }, level: { 乡: 2, 县: 1 } });
  });

  it('finds an item by a fragment of its legal basis text, in any width and spacing', () => {
    for (const text of ['乡镇企业建设', '乡镇 企业 建设', '乡镇企业建设'.normalize('NFKC'), '城乡规划法 第四十一条']) {
      assert.deepEqual(applyQuery(items, q({ q: text }), options).items.map((i) => i.code), ['XK-10'], text);
    }
    assert.deepEqual(applyQuery(items, q({ q: 'abc 全角' }), options).items.map((i) => i.code), ['CF-3']);
    assert.deepEqual(applyQuery(items, q({ q: '国发[2015]' }), options).items.map((i) => i.code), ['CF-3']);
    assert.deepEqual(applyQuery(items, q({ q: 'xk-2' }), options).items.map((i) => i.code), ['XK-2']);
  });

  it('does not match a term across two fields', () => {
    // name ends "许可" and code starts "XK": no item contains "许可xk" in one field.
    assert.equal(applyQuery(items, q({ q: '许可xk' }), options).total, 0);
  });

  it('filters by category and counts every category under the current search', () => {
    const result = applyQuery(items, q({ q: '规划', filters: { category: ['cf'] } }), options);
    assert.deepEqual(result.items.map((i) => i.code), ['CF-1']);
    assert.equal(result.total, 1);
    // The category facet ignores the category filter itself, so the "xk" tab shows what it would give.
    assert.deepEqual(result.facets.category, { xk: 1, cf: 1 });
    assert.deepEqual(result.facets.level, {});
  });

  it('filters array fields by any value and accepts several values', () => {
    assert.deepEqual(applyQuery(items, q({ filters: { level: ['县'] } }), options).items.map((i) => i.code), ['XK-2']);
    assert.equal(applyQuery(items, q({ filters: { category: ['xk', 'qt'] } }), options).total, 3);
  });

  it('filters by date range, inclusive, with date-times counted on their day', () => {
    const result = applyQuery(items, q({ ranges: { date: { from: '2026-02-01', to: '2026-03-31' } } }), options);
    assert.deepEqual(result.items.map((i) => i.code), ['XK-2', 'CF-1']);
    assert.equal(applyQuery(items, q({ ranges: { amount: { from: '1000' } } }), options).total, 1);
  });

  it('sorts by code with numeric collation, both directions, stably', () => {
    const asc = applyQuery(items, q({ sort: [{ field: 'code', direction: 'asc' }] }), options).items.map((i) => i.code);
    assert.deepEqual(asc, ['CF-1', 'CF-3', 'QT-1', 'XK-2', 'XK-10']);
    const desc = applyQuery(items, q({ sort: [{ field: 'code', direction: 'desc' }] }), options).items.map((i) => i.code);
    assert.deepEqual(desc, ['XK-10', 'XK-2', 'QT-1', 'CF-3', 'CF-1']);
    const byCategory = applyQuery(items, q({ sort: [{ field: 'category', direction: 'asc' }] }), options).items.map((i) => i.code);
    assert.deepEqual(byCategory, ['CF-1', 'CF-3', 'QT-1', 'XK-10', 'XK-2'], 'ties keep input order');
  });

  it('sorts Chinese names in pinyin order', () => {
    const names = applyQuery(items, q({ sort: [{ field: 'name', direction: 'asc' }] }), options).items.map((i) => i.name);
    // ài 爱, duì 对…, duì 对…, gōng 公, xiāng 乡
    assert.deepEqual(names, ['爱国卫生运动的组织', '对擅自占用道路的处罚', '对违反规划建设的处罚', '公共场所卫生许可', '乡村建设规划许可']);
  });

  it('puts missing values last in either direction and ignores fields not allowed', () => {
    const asc = applyQuery(items, q({ sort: [{ field: 'amount', direction: 'asc' }] }), options).items.map((i) => i.code);
    assert.deepEqual(asc, ['CF-3', 'CF-1', 'XK-10', 'XK-2', 'QT-1']);
    const desc = applyQuery(items, q({ sort: [{ field: 'amount', direction: 'desc' }] }), options).items.map((i) => i.code);
    assert.deepEqual(desc, ['CF-1', 'CF-3', 'XK-10', 'XK-2', 'QT-1']);
    const restricted = applyQuery(items, q({ sort: [{ field: 'amount', direction: 'desc' }] }), { ...options, sortFields: ['code'] });
    assert.deepEqual(restricted.items.map((i) => i.code), ['XK-10', 'XK-2', 'CF-1', 'CF-3', 'QT-1']);
    const unfiltered = applyQuery(items, q({ filters: { secret: ['x'] } }), { ...options, filterFields: ['category'] });
    assert.equal(unfiltered.total, 5);
  });

  it('pages after filtering and sorting; a page past the end is empty but keeps the total', () => {
    const page2 = applyQuery(items, q({ page: 2, pageSize: 2, sort: [{ field: 'code', direction: 'asc' }] }), options);
    assert.deepEqual(page2.items.map((i) => i.code), ['QT-1', 'XK-2']);
    assert.equal(page2.total, 5);
    const beyond = applyQuery(items, q({ page: 9, pageSize: 2 }), options);
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, 5);
  });

  it('uses computed fields for filters, facets and sort', () => {
    const result = applyQuery(items, q({ filters: { year: ['2026'] }, sort: [{ field: 'len', direction: 'desc' }] }), {
      ...options,
      facetFields: ['year'],
      fields: { year: (i) => i.date?.slice(0, 4), len: (i) => i.name.length },
    });
    assert.equal(result.total, 4);
    assert.deepEqual(result.facets.year, { 2026: 4 });
    assert.equal(result.items[0].name, '对违反规划建设的处罚');
  });

  it('an engine gives the same answers as one-shot calls, and all matching rows for export', () => {
    const engine = createListEngine(items, options);
    const query = q({ q: '许可', pageSize: 1 });
    assert.deepEqual(engine.apply(query), applyQuery(items, query, options));
    assert.deepEqual(engine.apply(query), engine.apply(query));
    assert.deepEqual(engine.matching(query).map((i) => i.code), ['XK-10', 'XK-2']);
  });

  it('prepares search text in slices, with the same answers afterwards', () => {
    const engine = createListEngine(items, options);
    assert.equal(engine.prepare(2), false);
    assert.equal(engine.prepare(2), false);
    assert.equal(engine.prepare(2), true);
    assert.equal(engine.prepare(), true);
    assert.deepEqual(engine.apply(q({ q: '乡镇企业' })).items.map((i) => i.code), ['XK-10']);
  });

  it('handles 10,000 items', () => {
    const many = Array.from({ length: 10000 }, (_, i) => ({ ...items[i % 5], code: `C-${i}` }));
    const engine = createListEngine(many, options);
    const result = engine.apply(q({ q: '卫生', sort: [{ field: 'code', direction: 'desc' }] }));
    assert.equal(result.total, 4000);
    assert.equal(result.items[0].code, 'C-9999');
  });
});

describe('sortItems', () => {
  it('does not change its input', () => {
    const input = [3, 1, 2];
    assert.deepEqual(sortItems(input, [{ field: 'v', direction: 'asc' }], (n) => n), [1, 2, 3]);
    assert.deepEqual(input, [3, 1, 2]);
  });
});

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = buildCsv([
      ['编码', '名称'],
      ['A,1', '他说"好"'],
      ['多行\n文本', ' 前后空格 '],
    ]);
    assert.equal(csv, '\ufeff编码,名称\r\n"A,1","他说""好"""\r\n"多行\n文本"," 前后空格 "\r\n');
    assert.equal(buildCsv([['a']], { bom: false }), 'a\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-2+3'), "'-2+3");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\tx'), "'\tx");
    assert.equal(csvCell('\rx'), `"'\rx"`);
    assert.equal(csvCell('＝1+1'), "'＝1+1");
    assert.equal(csvCell('a=b'), 'a=b');
  });

  it('neutralises a formula behind leading spaces, line feeds and invisible characters', () => {
    // What a spreadsheet may skip or show as nothing before the formula sign.
    const invisible = fc.constantFrom(' ', '\u00a0', '\u3000', '\u2003', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u202e', '\u00ad', '\n', '\u2028', '\u3164', '\u0085');
    const sign = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '⁼', '₊');
    fc.assert(fc.property(fc.array(invisible, { minLength: 1, maxLength: 4 }), sign, fc.string(), (lead, start, rest) => {
      const cell = csvCell(lead.join('') + start + rest);
      assert.ok(cell.replace(/^"/, '').startsWith("'"), JSON.stringify(cell));
    }));
    // Text that only looks indented stays as it is.
    assert.equal(csvCell(' 处罚'), '" 处罚"');
    assert.equal(csvCell('\u200b张某'), '\u200b张某');
  });

  it('keeps numbers as numbers and writes missing values as empty cells', () => {
    assert.equal(csvCell(-5), '-5');
    assert.equal(csvCell(NaN), '');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(true), 'true');
    assert.equal(csvCell(['甲', '', '乙']), '甲；乙');
  });

  it('builds from columns', () => {
    const csv = itemsToCsv(items.slice(0, 2), [
      { label: '事项编码', value: (i) => i.code },
      { label: '依据', value: (i) => i.basis.map((b) => b.lawName + b.article) },
    ]);
    assert.equal(csv, '\ufeff事项编码,依据\r\nXK-10,《中华人民共和国城乡规划法》第四十一条\r\nXK-2,《公共场所卫生管理条例》第八条\r\n');
  });
});

describe('safeHttpUrl', () => {
  it('allows only http and https', () => {
    assert.equal(safeHttpUrl('https://example.gov.cn/a?b=1'), 'https://example.gov.cn/a?b=1');
    assert.equal(safeHttpUrl('http://example.gov.cn'), 'http://example.gov.cn/');
    assert.equal(safeHttpUrl('javascript:alert(1)'), undefined);
    assert.equal(safeHttpUrl(' JaVaScRiPt:alert(1)'), undefined);
    assert.equal(safeHttpUrl('data:text/html,<b>x</b>'), undefined);
    assert.equal(safeHttpUrl('/law/1'), undefined);
    assert.equal(safeHttpUrl('//evil.example/x'), undefined);
    assert.equal(safeHttpUrl('暂无'), undefined);
    assert.equal(safeHttpUrl(42), undefined);
  });
});
