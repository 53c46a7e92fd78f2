import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define-list.js';
import type { FzList } from './fz-list.js';

// The reference server (packages/form/test/wtr-backend.mjs) serves the normative-documents list
// from configuration only: its sample file and record schema, at /api/lists/normative-documents.
const SRC = '/api/lists/normative-documents';
const SCHEMA_SRC = `${SRC}/schema`;
const SAMPLE_MODULE = '/packages/server/samples/lists/normative-documents.json';
type Doc = Record<string, string>;

let sample: Doc[];
before(async () => {
  sample = ((await import(/* @vite-ignore */ SAMPLE_MODULE)) as { default: { items: Doc[] } }).default.items;
});
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

const all = <T extends Element = HTMLElement>(el: FzList, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const one = <T extends Element = HTMLElement>(el: FzList, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: FzList) => all(el, 'tbody .fz-list-open').map(text);
const chip = (el: FzList, label: string) => all<HTMLButtonElement>(el, '.fz-chip').find((b) => text(b).startsWith(label))!;
const status = (el: FzList) => text(one(el, '[role=status]'));
const settled = (el: FzList) => waitUntil(() => one(el, 'table')?.getAttribute('aria-busy') === 'false' || one(el, '[role=alert], [part~="empty"]'), 'the server did not answer', { timeout: 10000 });

async function mounted(id = 'gfxwj'): Promise<FzList> {
  const el = await fixture<FzList>(html`<fz-list id=${id} mode="server" schema-src=${SCHEMA_SRC} src=${SRC}></fz-list>`);
  await waitUntil(() => all(el, 'tbody tr').length > 0, 'rows did not render', { timeout: 10000 });
  return el;
}

describe('fz-list: server mode against the reference server', () => {
  it('shows the first page with the server total and tab counts; searches by keyboard; filters; sorts; pages', async () => {
    const el = await mounted();
    expect(text(one(el, '.fz-list-count'))).to.equal(`共 ${sample.length} 条记录`);
    expect(text(chip(el, '现行有效'))).to.equal(`现行有效 ${sample.filter((d) => d.status === 'current').length}条`);
    await expect(el).to.be.accessible();

    one<HTMLInputElement>(el, 'input[type=search]')!.focus();
    await sendKeys({ type: '宅基地' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).startsWith('“宅基地”'), 'the search was not announced', { timeout: 10000 });
    const expected = sample.filter((d) => d.title.includes('宅基地'));
    expect(status(el)).to.equal(`“宅基地”共找到 ${expected.length} 条记录`);
    expect(titles(el).every((t) => t.includes('宅基地'))).to.equal(true);

    const input = one<HTMLInputElement>(el, 'input[type=search]')!;
    input.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === `共 ${sample.length} 条记录`, 'the search was not cleared', { timeout: 10000 });
    chip(el, '已废止').click();
    await waitUntil(() => status(el) === `共 ${sample.filter((d) => d.status === 'repealed').length} 条记录`, 'the filter did not apply', { timeout: 10000 });
    await expect(el).to.be.accessible();

    chip(el, '全部').click();
    const sortButton = all<HTMLButtonElement>(el, 'th .fz-sort-button').find((b) => text(b) === '文号')!;
    sortButton.click();
    await waitUntil(() => status(el) === '已按文号升序排列', 'the sort was not announced', { timeout: 10000 });
    await settled(el);
    expect(sortButton.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
    const numbers = all(el, 'tbody .fz-cell--docNumber').map(text);
    expect(numbers).to.deep.equal([...numbers].sort(collator.compare));

    all<HTMLButtonElement>(el, '.fz-pager__page').find((b) => text(b) === '2')!.click();
    await waitUntil(() => status(el).startsWith('第 2 页'), 'the page was not announced', { timeout: 10000 });
    expect(one(el, '[aria-current=page]')!.textContent!.trim()).to.equal('2');
  });

  it('opens a record from a deep link even when it is on another page, and goes back to the list', async () => {
    const doc = sample[sample.length - 1];
    history.replaceState(null, '', `#fz-gfxwj=${doc.id}`);
    const el = await fixture<FzList>(html`<fz-list id="gfxwj" mode="server" schema-src=${SCHEMA_SRC} src=${SRC}></fz-list>`);
    await waitUntil(() => one(el, '.fz-list-detail__title'), 'the linked record did not open', { timeout: 10000 });
    expect(text(one(el, '.fz-list-detail__title'))).to.equal(`${doc.title}：详细信息`);
    expect(text(one(el, '.fz-list-detail'))).to.contain(doc.docNumber);
    expect(text(one(el, '.fz-list-detail'))).not.to.contain(doc.drafter);
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '.fz-list-back')!.click();
    await waitUntil(() => all(el, 'tbody tr').length > 0, 'the list did not come back', { timeout: 10000 });
    expect(location.hash).to.equal('');
  });

  it('downloads every page of the current view as CSV', async () => {
    const el = await mounted();
    chip(el, '现行有效').click();
    await waitUntil(() => chip(el, '现行有效').getAttribute('aria-pressed') === 'true' && status(el).startsWith('共'), 'the filter did not apply', { timeout: 10000 });
    const blob = await el.downloadCsv();
    const lines = new TextDecoder().decode(await blob.arrayBuffer()).split('\r\n').filter(Boolean);
    expect(lines.length - 1).to.equal(sample.filter((d) => d.status === 'current').length);
    expect(lines.join('\n')).not.to.contain('小测');
    expect(status(el)).to.equal(`已下载 ${lines.length - 1} 条记录。`);
  });

  it('a search the server refuses (400) says the query is wrong, not that the network failed, and clears it', async () => {
    const el = await mounted();
    const input = one<HTMLInputElement>(el, 'input[type=search]')!;
    input.focus();
    await sendKeys({ type: '规'.repeat(101) });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => one(el, '[role=alert]'), 'the refusal was not shown', { timeout: 10000 });
    expect(text(one(el, '[role=alert]'))).to.contain('查询条件有误');
    expect(text(one(el, '[role=alert]'))).not.to.contain('网络');
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await waitUntil(() => all(el, 'tbody tr').length > 0, 'the list did not come back', { timeout: 10000 });
  });
});
