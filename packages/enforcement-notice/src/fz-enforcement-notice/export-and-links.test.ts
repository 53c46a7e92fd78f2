import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { FzEnforcementNotice } from './fz-enforcement-notice.js';
import { fixtureData, ORG, PERSON, TODAY } from './fz-enforcement-notice.fixtures.js';

const root = (el: FzEnforcementNotice) => el.shadowRoot!;
const docNos = (el: FzEnforcementNotice) => [...root(el).querySelectorAll<HTMLButtonElement>('button[data-doc-no]')].map((b) => b.dataset.docNo);
const detail = (el: FzEnforcementNotice) => root(el).querySelector('[part~="detail"]');
const tick = () => new Promise((r) => setTimeout(r, 20));
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await tick();
}
const clearHash = () => history.replaceState(null, '', `${location.pathname}${location.search}`);
/** CSV data rows (header and the final empty line left out). */
const csvRows = (csv: string) => csv.replace(/^\ufeff/, '').split('\r\n').slice(1, -1);

async function mount(template = html`<fz-enforcement-notice .data=${fixtureData()} .today=${TODAY}></fz-enforcement-notice>`): Promise<FzEnforcementNotice> {
  const el = await fixture<FzEnforcementNotice>(template);
  await el.updateComplete;
  return el;
}

async function choose(el: FzEnforcementNotice, selector: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('fz-enforcement-notice: CSV export', () => {
  it('exports exactly the filtered decisions, masked, with a BOM', async () => {
    const el = await mount();
    await choose(el, 'select[id$="-body"]', '某某县市场监督管理局');
    expect(docNos(el)).to.have.members(['某市监罚〔2026〕1号', '某市监罚〔2026〕2号']);
    const { csv, count, total } = await el.exportCsv();
    expect(csv.startsWith('\ufeff决定书文号,')).to.equal(true);
    expect([count, total]).to.deep.equal([2, 2]);
    const rows = csvRows(csv);
    expect(rows).to.have.length(2);
    expect(rows.map((r) => r.split(',')[0]).sort()).to.deep.equal(['某市监罚〔2026〕1号', '某市监罚〔2026〕2号']);
    for (const secret of [PERSON.name, PERSON.id, PERSON.mobile, PERSON.landline, '6023456', '城关镇']) expect(csv, secret).not.to.include(secret);
    expect(csv).to.include('王某');
    expect(csv).to.include(ORG.name);
    expect(csv).not.to.include('某综执罚');
    // Unpublishable decisions never reach the file.
    expect(csv).not.to.include('〔2026〕5号');
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const data = fixtureData();
    data.decisions[1] = { ...data.decisions[1]!, partyName: '=HYPERLINK("http://x","y")', violation: '@SUM(1)' };
    const el = await mount(html`<fz-enforcement-notice .data=${data} .today=${TODAY}></fz-enforcement-notice>`);
    const { csv } = await el.exportCsv();
    expect(csv).to.include(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).to.include(`'@SUM(1)`);
    expect(csv).not.to.match(/(^|,)=HYPERLINK/m);
  });

  it('has one download button per view, which saves the view shown as a CSV file with a BOM', async () => {
    const el = await mount();
    const buttons = () => root(el).querySelectorAll<HTMLButtonElement>('[part~="csv-button"]');
    expect(buttons()).to.have.length(1);
    expect(buttons()[0]!.textContent!.trim()).to.equal('下载当前结果（CSV 表格）');
    root(el).querySelector<HTMLButtonElement>('[role="tab"][id$="-officers"]')!.click();
    await el.updateComplete;
    expect(buttons()).to.have.length(1);
    const blob = await el.downloadCsv();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).to.include('姓名,执法证号');
    expect(csvRows(text)).to.have.length(3);
    expect(text).not.to.include('513101198201130014');
    expect(root(el).querySelector('[aria-live]')!.textContent).to.include('已下载 3 条');
  });

  it('exports every page in server mode, masked there too', async () => {
    const realFetch = window.fetch;
    const asked: URL[] = [];
    const data = fixtureData();
    window.fetch = async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      asked.push(url);
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('pageSize'));
      const items = data.decisions.slice(0, 3).slice((page - 1) * size, page * size);
      return new Response(JSON.stringify({ items, total: 3 }), { headers: { 'Content-Type': 'application/json' } });
    };
    try {
      const el = await mount(html`<fz-enforcement-notice mode="server" src="/api/notice" page-size="1" .today=${TODAY}></fz-enforcement-notice>`);
      await tick();
      await el.updateComplete;
      expect(docNos(el)).to.have.length(1);
      const { csv, count } = await el.exportCsv();
      expect(count).to.equal(3);
      expect(csvRows(csv)).to.have.length(3);
      expect(csv).not.to.include(PERSON.name);
      expect(asked.some((u) => u.searchParams.get('pageSize') === '100')).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('fz-enforcement-notice: links from data', () => {
  it('links only absolute http(s) addresses, never text resolved against the page', async () => {
    const data = fixtureData();
    const notLinks = ['暂无', '/portal/guide.html', 'www.example.gov.cn', 'lc.html', '//evil.example/x'];
    data.bodies = notLinks.map((website, i) => ({ name: `某某县测试局${i}`, type: 'administrative-organ', website }));
    data.bodies.push({ name: '某某县测试局9', type: 'administrative-organ', website: 'https://example.gov.cn/' });
    data.matters = notLinks.map((procedureUrl, i) => ({ code: `340524-CF-090${i}`, name: `对测试事项${i}的处罚`, category: 'penalty', procedureUrl }));
    const el = await mount(html`<fz-enforcement-notice view="bodies" .data=${data} .today=${TODAY}></fz-enforcement-notice>`);
    await until(() => root(el).querySelectorAll('tbody tr').length === 6);
    expect([...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.gov.cn/']);
    el.view = 'matters';
    await until(() => root(el).querySelectorAll('tbody tr').length === 5);
    expect(root(el).querySelectorAll('a')).to.have.length(0);
    const { csv } = await el.exportCsv('matters');
    expect(csv).not.to.include(location.host);
    expect(csv).not.to.include('http');
  });
});

describe('fz-enforcement-notice: deep links', () => {
  afterEach(clearHash);

  it("opens the decision the address names, by id or by 文号, and puts an opened decision in the address", async () => {
    location.hash = 'other=1&fz-enforcement-notice=decisions/D2';
    const el = await mount();
    expect(detail(el)).to.exist;
    expect(detail(el)!.textContent).to.include(ORG.name);
    root(el).querySelector<HTMLButtonElement>('[part~="detail"] button')!.click();
    await el.updateComplete;
    expect(detail(el)).to.equal(null);
    expect(location.hash).to.equal('#other=1');

    location.hash = `fz-enforcement-notice=decisions/${encodeURIComponent('某综执罚〔2026〕3号')}`;
    await tick();
    await el.updateComplete;
    expect(detail(el)!.textContent).to.include('某某县测试水果店');
  });

  it('uses the element id as its key and writes the hash when a decision is opened', async () => {
    location.hash = 'fz-enforcement-notice=decisions/D2';
    const el = await mount(html`<fz-enforcement-notice id="county" .data=${fixtureData()} .today=${TODAY}></fz-enforcement-notice>`);
    expect(detail(el)).to.equal(null);
    [...root(el).querySelectorAll<HTMLButtonElement>('button[data-doc-no]')].find((b) => b.dataset.docNo === '某市监罚〔2026〕1号')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#fz-enforcement-notice=decisions/D2&fz-county=decisions/D1');
  });

  it('opens another view the address names', async () => {
    location.hash = 'fz-enforcement-notice=matters';
    const el = await mount();
    expect(root(el).querySelector('[role="tab"][aria-selected="true"]')!.id).to.match(/-matters$/);
  });

  it('finds a linked decision through the server in server mode', async () => {
    const realFetch = window.fetch;
    const asked: URL[] = [];
    window.fetch = async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      asked.push(url);
      const items = url.searchParams.get('q') === 'D2' ? [fixtureData().decisions[1]] : [];
      return new Response(JSON.stringify({ items, total: items.length }), { headers: { 'Content-Type': 'application/json' } });
    };
    try {
      location.hash = 'fz-enforcement-notice=decisions/D2';
      const el = await mount(html`<fz-enforcement-notice mode="server" src="/api/notice" .today=${TODAY}></fz-enforcement-notice>`);
      await tick();
      await el.updateComplete;
      expect(asked[0]!.searchParams.get('q')).to.equal('D2');
      expect(detail(el)!.textContent).to.include(ORG.name);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('ignores and leaves the address alone with no-deep-link', async () => {
    location.hash = 'fz-enforcement-notice=decisions/D2';
    const el = await mount(html`<fz-enforcement-notice no-deep-link .data=${fixtureData()} .today=${TODAY}></fz-enforcement-notice>`);
    expect(detail(el)).to.equal(null);
    [...root(el).querySelectorAll<HTMLButtonElement>('button[data-doc-no]')].find((b) => b.dataset.docNo === '某市监罚〔2026〕1号')!.click();
    await el.updateComplete;
    expect(detail(el)).to.exist;
    expect(location.hash).to.equal('#fz-enforcement-notice=decisions/D2');
  });

  it('is accessible with the download button, and with a linked detail open', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    location.hash = 'fz-enforcement-notice=decisions/D1';
    await tick();
    await el.updateComplete;
    expect(detail(el)).to.exist;
    await expect(el).to.be.accessible();
  });
});
