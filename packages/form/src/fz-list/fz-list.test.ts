import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SchemaObject } from '@fazhi/core';
import '../define-list.js';
import type { FzList } from './fz-list.js';

// The test server turns .json files into modules: the sample is imported, then served to the
// element from a blob: URL (a real fetch of a real JSON body), and so is the schema.
const SAMPLE_MODULE = '/packages/server/samples/lists/normative-documents.json';
const SCHEMA_MODULE = '/schemas/normative-document.schema.json';
type Doc = Record<string, string>;

let sample: Doc[];
let SRC: string;
let schema: SchemaObject;
let SCHEMA_SRC: string;
before(async () => {
  sample = ((await import(/* @vite-ignore */ SAMPLE_MODULE)) as { default: { items: Doc[] } }).default.items;
  SRC = URL.createObjectURL(new Blob([JSON.stringify({ items: sample })], { type: 'application/json' }));
  schema = ((await import(/* @vite-ignore */ SCHEMA_MODULE)) as { default: SchemaObject }).default;
  SCHEMA_SRC = URL.createObjectURL(new Blob([JSON.stringify(schema)], { type: 'application/json' }));
});
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

const all = <T extends Element = HTMLElement>(el: FzList, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const one = <T extends Element = HTMLElement>(el: FzList, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: FzList) => all(el, 'tbody .fz-list-open').map(text);
const chip = (el: FzList, label: string) => all<HTMLButtonElement>(el, '.fz-chip').find((b) => text(b).startsWith(label))!;
const status = (el: FzList) => text(one(el, '[role=status]'));

async function loaded(template = html`<fz-list schema-src=${SCHEMA_SRC} src=${SRC}></fz-list>`): Promise<FzList> {
  const el = await fixture<FzList>(template);
  await waitUntil(() => all(el, 'tbody tr').length > 0, 'rows did not render', { timeout: 5000 });
  return el;
}

async function typeSearch(el: FzList, value: string): Promise<void> {
  one<HTMLInputElement>(el, 'input[type=search]')!.focus();
  await sendKeys({ type: value });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('fz-list: client mode, driven by the record schema', () => {
  it('shows a captioned table of the x-fz-column fields, tabs with counts, and never a field the schema keeps private', async () => {
    const el = await loaded();
    expect(text(one(el, 'caption'))).to.contain('规范性文件');
    expect(all(el, 'thead th[scope=col]').map(text)).to.deep.equal(['文件名称', '文号', '制定机关', '发布日期', '施行日期', '状态', '备案']);
    expect(all(el, 'tbody th[scope=row]').length).to.equal(20);
    const repealed = sample.filter((d) => d.status === 'repealed').length;
    expect(text(chip(el, '已废止'))).to.equal(`已废止 ${repealed}条`);
    expect(text(chip(el, '全部'))).to.equal(`全部 ${sample.length}条`);
    expect(el.shadowRoot!.textContent).not.to.contain(sample[0].drafter);
    expect(el.toCsv()).not.to.contain('起草人');
  });

  it('searches by keyboard (brackets folded), filters by tab and by issuer, and says how many it found', async () => {
    const el = await loaded();
    const doc = sample.find((d) => d.issuer === '某某县司法局')!;
    await typeSearch(el, doc.docNumber.replace('〔', '[').replace('〕', ']'));
    expect(titles(el)).to.deep.equal([doc.title]);
    expect(status(el)).to.equal(`“${doc.docNumber.replace('〔', '[').replace('〕', ']')}”共找到 1 条记录`);

    const input = one<HTMLInputElement>(el, 'input[type=search]')!;
    input.select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    chip(el, '已废止').click();
    await el.updateComplete;
    expect(chip(el, '已废止').getAttribute('aria-pressed')).to.equal('true');
    const issuer = one<HTMLSelectElement>(el, 'select[id$="-f-issuer"]')!;
    issuer.value = '某某县人民政府';
    issuer.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const expected = sample.filter((d) => d.status === 'repealed' && d.issuer === '某某县人民政府');
    expect(status(el)).to.equal(`共 ${expected.length} 条记录`);
    expect(all(el, 'tbody .fz-cell--status').every((c) => text(c) === '已废止')).to.equal(true);
  });

  it('filters by a date range', async () => {
    const el = await loaded();
    const [from, to] = all<HTMLInputElement>(el, '.fz-date-range input');
    from.value = '2024-01-01';
    from.dispatchEvent(new Event('change'));
    to.value = '2024-12-31';
    to.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(status(el)).to.equal(`共 ${sample.filter((d) => d.publishedAt.startsWith('2024')).length} 条记录`);
  });

  it('sorts by a column header with aria-sort, and pages with the pager', async () => {
    const el = await loaded();
    const button = all<HTMLButtonElement>(el, 'th .fz-sort-button').find((b) => text(b) === '发布日期')!;
    button.click();
    await el.updateComplete;
    button.click();
    await el.updateComplete;
    const th = button.closest('th')!;
    expect(th.getAttribute('aria-sort')).to.equal('descending');
    const newest = [...sample].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
    expect(text(all(el, 'tbody .fz-cell--publishedAt')[0])).to.equal(newest[0].publishedAt);
    expect(status(el)).to.equal('已按发布日期降序排列');
    all<HTMLButtonElement>(el, '.fz-pager__page').find((b) => text(b) === '2')!.click();
    await el.updateComplete;
    expect(text(all(el, 'tbody .fz-cell--publishedAt')[0])).to.equal(newest[20].publishedAt);
    expect(el.shadowRoot!.activeElement).to.equal(one(el, '.fz-list-count'));
  });

  it('opens a record by keyboard, labels every public field from the schema, links only http(s), and goes back to the same row', async () => {
    const doc = sample[3];
    const bad = { ...sample[4], url: 'javascript:alert(1)' };
    const el = await loaded(html`<fz-list id="docs" .schema=${schema} .items=${[doc, bad]}></fz-list>`);
    const opener = all<HTMLButtonElement>(el, '.fz-list-open')[0];
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(location.hash).to.equal(`#fz-docs=${doc.id}`);
    const heading = one(el, '.fz-list-detail__title')!;
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(text(heading)).to.equal(`${doc.title}：详细信息`);
    expect(all(el, '.fz-list-detail__row dt').map(text)).to.deep.equal(['文件名称', '文号', '制定机关', '发布日期', '施行日期', '状态', '备案情况', '登记编号', '原文链接']);
    const link = one<HTMLAnchorElement>(el, '.fz-list-detail__row a')!;
    expect(link.href).to.equal(doc.url);
    expect(link.rel).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();

    one<HTMLButtonElement>(el, '.fz-list-back')!.click();
    await el.updateComplete;
    await waitUntil(() => !location.hash.includes('fz-docs'), 'the hash kept the record');
    expect(el.shadowRoot!.activeElement).to.equal(all(el, '.fz-list-open')[0]);

    all<HTMLButtonElement>(el, '.fz-list-open')[1].click();
    await el.updateComplete;
    expect(one(el, '.fz-list-detail__row a')).to.equal(null);
    expect(text(one(el, '.fz-list-detail')!)).to.contain('javascript:alert(1)');
  });

  it('opens the record a deep link names, and shows the list when it names none', async () => {
    const doc = sample[30];
    history.replaceState(null, '', `#other=1&fz-docs=${doc.id}`);
    const el = await fixture<FzList>(html`<fz-list id="docs" schema-src=${SCHEMA_SRC} src=${SRC}></fz-list>`);
    await waitUntil(() => one(el, '.fz-list-detail__title'), 'the linked record did not open', { timeout: 5000 });
    expect(text(one(el, '.fz-list-detail__title'))).to.contain(doc.title);
    history.replaceState(null, '', '#fz-docs=NO-SUCH-ID');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    await waitUntil(() => all(el, 'tbody tr').length > 0, 'the list did not come back');
    expect(status(el)).to.contain('没有找到这条记录');
  });

  it('downloads the filtered, masked view as CSV with a BOM', async () => {
    const el = await loaded();
    chip(el, '已修改').click();
    await el.updateComplete;
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      one<HTMLButtonElement>(el, '.fz-csv-button')!.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(created.length).to.equal(1);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await created[0].arrayBuffer());
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).to.equal('\ufeff文件名称,文号,制定机关,发布日期,施行日期,状态,备案情况,登记编号,原文链接');
    expect(lines.length - 1).to.equal(sample.filter((d) => d.status === 'amended').length);
    expect(lines.slice(1).every((l) => l.includes(',已修改,'))).to.equal(true);
  });

  it('masks by the schema whatever the data says: a private field with a phone number never shows', async () => {
    const leaky = { ...sample[0], filing: '联系人测试甲，电话13800138000', drafter: '测试甲' };
    const el = await loaded(html`<fz-list .schema=${schema} .items=${[leaky]}></fz-list>`);
    const shown = el.shadowRoot!.textContent!;
    expect(shown).not.to.contain('13800138000');
    expect(el.toCsv()).not.to.contain('13800138000');
  });
});

describe('fz-list: states, axe and care mode', () => {
  it('is axe clean loaded, filtered, empty after a search, and on a phone as cards', async () => {
    const el = await loaded();
    await expect(el).to.be.accessible();
    chip(el, '已废止').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await typeSearch(el, '没有这样的文件');
    expect(text(one(el, '[part~="empty"]'))).to.contain('没有找到与“没有这样的文件”相关的记录');
    await expect(el).to.be.accessible();
    const narrow = await fixture<HTMLDivElement>(html`<div style="width: 360px"><fz-list schema-src=${SCHEMA_SRC} src=${SRC}></fz-list></div>`);
    const list = narrow.querySelector('fz-list')!;
    await waitUntil(() => one(list, '.fz-cards'), 'no cards on a narrow screen', { timeout: 5000 });
    expect(one(list, 'table')).to.equal(null);
    await expect(list).to.be.accessible();
  });

  it('says when there is no data, and when the list or its schema cannot be loaded', async () => {
    const empty = await fixture<FzList>(html`<fz-list .schema=${schema} .items=${[]}></fz-list>`);
    await empty.updateComplete;
    expect(text(one(empty, '[part~="empty"]'))).to.equal('暂无记录');
    await expect(empty).to.be.accessible();
    const missing = await fixture<FzList>(html`<fz-list .schema=${schema} src="/no-such-list.json"></fz-list>`);
    await waitUntil(() => one(missing, '[role=alert]'), 'no error shown');
    expect(text(one(missing, '[role=alert]'))).to.contain('加载失败');
    await expect(missing).to.be.accessible();
    const noSchema = await fixture<FzList>(html`<fz-list schema-src="/no-such-schema.json" src=${SRC}></fz-list>`);
    await waitUntil(() => one(noSchema, '[role=alert]'), 'no error shown');
    expect(text(one(noSchema, '[role=alert]'))).to.contain('记录模式');
  });

  it('care mode: text at least 18 px with line height 1.5, still axe clean', async () => {
    const el = await loaded(html`<fz-list care-mode schema-src=${SCHEMA_SRC} src=${SRC}></fz-list>`);
    const cell = all(el, 'tbody td')[0];
    const style = getComputedStyle(cell);
    expect(parseFloat(style.fontSize)).to.be.at.least(18);
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.5);
    await expect(el).to.be.accessible();
  });

  it('speaks English on demand; the schema titles stay as written', async () => {
    const el = await loaded(html`<fz-list locale="en" schema-src=${SCHEMA_SRC} src=${SRC}></fz-list>`);
    await el.updateComplete;
    expect(text(one(el, '.fz-list-count'))).to.match(/records/);
    expect(all(el, 'thead th[scope=col]').map(text)[0]).to.equal('文件名称');
  });

  it('render-root="light": renders into the element, searchable by keyboard, axe clean', async () => {
    const el = await fixture<FzList>(html`<fz-list render-root="light" .schema=${schema} .items=${sample}></fz-list>`);
    await waitUntil(() => el.querySelector('tbody tr'), 'rows did not render');
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelector('table caption')!.textContent).to.contain('规范性文件');
    el.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: sample[7].docNumber });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([...el.querySelectorAll('tbody .fz-list-open')].map(text)).to.deep.equal([sample[7].title]);
    await expect(el).to.be.accessible();
  });
});
