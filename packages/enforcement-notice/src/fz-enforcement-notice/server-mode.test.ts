import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { FzEnforcementNotice } from './fz-enforcement-notice.js';
import { everythingShown, fixtureData, PERSON, TODAY } from './fz-enforcement-notice.fixtures.js';

type Reply = { items: unknown[]; total: number; facets?: Record<string, Record<string, number>> };
interface Pending {
  url: URL;
  init?: RequestInit;
  resolve(reply: Reply): void;
}

const realFetch = window.fetch;
let pending: Pending[] = [];

/**
 * A fetch that answers only when the test says so, so replies can arrive out of order. With
 * `honourAbort` off it behaves like a polyfill or proxy that delivers an answer after all.
 */
function stubFetch(honourAbort = true): void {
  pending = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      if (honourAbort) init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      pending.push({
        url: new URL(String(input)),
        init,
        resolve: (reply) => resolve(new Response(JSON.stringify(reply), { headers: { 'Content-Type': 'application/json' } })),
      });
    });
}

const tick = () => new Promise((r) => setTimeout(r, 20));
const root = (el: FzEnforcementNotice) => el.shadowRoot!;
const docNos = (el: FzEnforcementNotice) => [...root(el).querySelectorAll<HTMLButtonElement>('button[data-doc-no]')].map((b) => b.dataset.docNo);
const last = () => pending[pending.length - 1]!;
const params = (p: Pending) => [...p.url.searchParams].map(([k, v]) => `${k}=${v}`);

const FACETS = {
  agency: { 某某县市场监督管理局: 2, 某某县综合行政执法局: 2 },
  penaltyTypes: { fine: 3, warning: 1 },
  month: { '2026-03': 2, '2026-05': 1, '2026-07': 1 },
};

async function mount(honourAbort = true): Promise<FzEnforcementNotice> {
  stubFetch(honourAbort);
  const el = await fixture<FzEnforcementNotice>(
    html`<fz-enforcement-notice view="decisions" mode="server" src="/api/notice" page-size="2" .today=${TODAY}
      .requestInit=${{ headers: { 'X-Portal': 'test' }, credentials: 'include' }}></fz-enforcement-notice>`,
  );
  await tick();
  return el;
}

async function answer(p: Pending, reply: Reply, el: FzEnforcementNotice): Promise<void> {
  p.resolve(reply);
  await tick();
  await el.updateComplete;
}

async function change(el: FzEnforcementNotice, selector: string, value: string): Promise<void> {
  const control = root(el).querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await tick();
}

// Opening a decision puts it in the page address (a deep link); each test starts from a clean one.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('fz-enforcement-notice: server mode', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('asks the server with the list protocol and the portal\'s request options', async () => {
    const el = await mount();
    expect(pending).to.have.length(1);
    expect(last().url.pathname).to.equal('/api/notice/decisions');
    expect(params(last())).to.deep.equal(['page=1', 'pageSize=2', 'sort=-decidedAt']);
    expect(new Headers(last().init!.headers).get('X-Portal')).to.equal('test');
    expect(new Headers(last().init!.headers).get('Accept')).to.equal('application/json');
    expect(last().init!.credentials).to.equal('include');
    await answer(last(), { items: fixtureData().decisions.slice(0, 2), total: 4, facets: FACETS }, el);
    expect(docNos(el)).to.deep.equal(['某市监罚〔2026〕1号', '某市监罚〔2026〕2号']);

    await change(el, 'select[id$="-body"]', '某某县综合行政执法局');
    expect(params(last())).to.deep.equal(['page=1', 'pageSize=2', 'sort=-decidedAt', 'f.agency=某某县综合行政执法局']);
    await answer(last(), { items: fixtureData().decisions.slice(2, 4), total: 2, facets: FACETS }, el);

    await change(el, 'select[id$="-kind"]', 'fine');
    expect(params(last())).to.deep.equal(['page=1', 'pageSize=2', 'sort=-decidedAt', 'f.agency=某某县综合行政执法局', 'f.penaltyTypes=fine']);
    await answer(last(), { items: fixtureData().decisions.slice(2, 3), total: 1, facets: FACETS }, el);

    await change(el, 'input[id$="-from"]', '2026-03-01');
    await answer(last(), { items: [], total: 0, facets: FACETS }, el);
    await change(el, 'input[id$="-to"]', '2026-05-31');
    expect(params(last())).to.deep.equal([
      'page=1', 'pageSize=2', 'sort=-decidedAt', 'f.agency=某某县综合行政执法局', 'f.decidedAt=2026-03-01..2026-05-31', 'f.penaltyTypes=fine',
    ]);
    await answer(last(), { items: fixtureData().decisions.slice(2, 3), total: 1, facets: FACETS }, el);

    root(el).querySelector<HTMLButtonElement>('.fz-filters__clear')!.click();
    await tick();
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = '过期 食品';
    input.closest('form')!.requestSubmit();
    await tick();
    expect(params(last())).to.deep.equal(['page=1', 'pageSize=2', 'q=过期 食品', 'sort=-decidedAt']);
    await answer(last(), { items: fixtureData().decisions.slice(0, 2), total: 3, facets: FACETS }, el);

    root(el).querySelector<HTMLButtonElement>('button[aria-label="第 2 页"]')!.click();
    await tick();
    expect(params(last())).to.deep.equal(['page=2', 'pageSize=2', 'q=过期 食品', 'sort=-decidedAt']);
  });

  it('ignores a late answer to an older query', async () => {
    const el = await mount(false);
    await answer(last(), { items: fixtureData().decisions.slice(0, 2), total: 4, facets: FACETS }, el);
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = '过期';
    input.closest('form')!.requestSubmit();
    await tick();
    const slow = last();
    input.value = '过期食品';
    input.closest('form')!.requestSubmit();
    await tick();
    const fast = last();
    expect(fast.url.searchParams.get('q')).to.equal('过期食品');
    await answer(fast, { items: [fixtureData().decisions[1]], total: 1 }, el);
    expect(docNos(el)).to.deep.equal(['某市监罚〔2026〕2号']);
    // The older request was aborted; its answer still comes here, and changes nothing.
    expect(slow.init!.signal!.aborted).to.equal(true);
    await answer(slow, { items: fixtureData().decisions.slice(2, 4), total: 9 }, el);
    expect(docNos(el)).to.deep.equal(['某市监罚〔2026〕2号']);
    expect(root(el).querySelector('[part~="count"]')!.textContent).to.include('共找到 1 项');
  });

  it('masks and filters whatever the server sends', async () => {
    const el = await mount();
    await answer(last(), { items: fixtureData().decisions, total: 8, facets: FACETS }, el);
    expect(docNos(el)).to.not.include('某市监罚〔2026〕5号');
    expect(docNos(el)).to.not.include('某综执罚〔2026〕7号');
    const shown = everythingShown(root(el));
    for (const secret of [PERSON.id, PERSON.mobile, PERSON.name]) expect(shown).not.to.include(secret);
  });

  it('draws the chart from the server\'s facets', async () => {
    const el = await mount();
    await answer(last(), { items: fixtureData().decisions.slice(0, 2), total: 4, facets: FACETS }, el);
    root(el).querySelector<HTMLButtonElement>('.fz-chart-toggle')!.click();
    await el.updateComplete;
    const tables = [...root(el).querySelectorAll('table.fz-chart__table')];
    const cells = (t: Element) => [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));
    expect(cells(tables[0]!)).to.deep.equal([
      ['2026年3月', '2'], ['2026年4月', '0'], ['2026年5月', '1'], ['2026年6月', '0'], ['2026年7月', '1'],
    ]);
    expect(cells(tables[1]!)).to.deep.equal([['罚款', '3'], ['警告', '1']]);
  });

  it('keeps the rows and the pressed sort or page button while the next page loads, so focus stays', async () => {
    const el = await mount();
    await answer(last(), { items: fixtureData().decisions.slice(0, 2), total: 4, facets: FACETS }, el);
    const sort = root(el).querySelector<HTMLButtonElement>('th .fz-sort-button')!;
    sort.focus();
    sort.click();
    await tick();
    expect(last().url.searchParams.get('sort')).to.not.equal('-decidedAt');
    expect(root(el).querySelector('[part~="loading"]'), 'says it is loading').to.exist;
    expect(sort.isConnected, 'the sort button is still in the page').to.equal(true);
    expect(root(el).activeElement).to.equal(sort);
    expect(docNos(el)).to.have.length(2);
    expect(root(el).querySelector('.fz-results')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await answer(last(), { items: fixtureData().decisions.slice(2, 4), total: 4, facets: FACETS }, el);
    expect(root(el).activeElement).to.equal(sort);
    expect(root(el).querySelector('[part~="loading"]')).to.equal(null);

    const next = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="pager"] button')].find((b) => b.textContent!.includes('下一页'))!;
    next.focus();
    next.click();
    await tick();
    expect(last().url.searchParams.get('page')).to.equal('2');
    expect(next.isConnected).to.equal(true);
    expect(root(el).activeElement).to.equal(next);
    await answer(last(), { items: fixtureData().decisions.slice(0, 2), total: 4, facets: FACETS }, el);
    expect(root(el).activeElement).to.equal(next);
  });

  it('asks for at most 100 rows a page whatever page-size says', async () => {
    stubFetch();
    await fixture<FzEnforcementNotice>(html`<fz-enforcement-notice view="decisions" mode="server" src="/api/notice" page-size="500" .today=${TODAY}></fz-enforcement-notice>`);
    await tick();
    expect(last().url.searchParams.get('pageSize')).to.equal('100');
  });

  it('shows the loading state while waiting and an error when the answer is not a list', async () => {
    const el = await mount();
    expect(root(el).querySelector('[part~="loading"]')).to.exist;
    pending[0]!.resolve({ nothing: true } as unknown as Reply);
    await tick();
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.include('加载失败');
  });
});
