import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzPowerList } from './fz-power-list.js';

// Server mode against the real reference server (/api/power-list, the synthetic township list):
// what a link in the page address can and cannot do, and a query the server refuses.

const root = (el: FzPowerList) => el.shadowRoot!;
const text = (el: FzPowerList) => (root(el).textContent ?? '').replace(/\s+/g, ' ');
const rows = (el: FzPowerList) => [...root(el).querySelectorAll<HTMLElement>('tbody tr.fz-row')];
const search = (el: FzPowerList) => root(el).querySelector<HTMLInputElement>('input[type=search]')!;
const FULL = 91;
const total = async () => ((await (await fetch('/api/power-list?pageSize=1')).json()) as { total: number }).total;

async function withHash(hash: string): Promise<FzPowerList> {
  history.replaceState(null, '', `${location.pathname}${location.search}#${hash}`);
  const el = await fixture<FzPowerList>(html`<fz-power-list mode="server" src="/api/power-list"></fz-power-list>`);
  await waitUntil(() => rows(el).length > 0 || root(el).querySelector('.fz-list-error, .fz-list-empty'), 'the list did not settle', { timeout: 5000 });
  // A link that named nothing is dropped after its one request: wait for the whole list.
  await waitUntil(() => !root(el).querySelector('.fz-list-loading'), 'still loading', { timeout: 5000 });
  return el;
}

describe('fz-power-list: deep links and refused queries (server mode)', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('the real list has the sample items', async () => {
    expect(await total()).to.equal(FULL);
  });

  it('opens the item a link names by its code', async () => {
    const first = ((await (await fetch('/api/power-list?pageSize=1&sort=-code')).json()) as { items: { code: string }[] }).items[0]!.code;
    const el = await withHash(`fz-power-list=${encodeURIComponent(first)}`);
    await waitUntil(() => root(el).querySelector('.fz-detail'));
    expect(rows(el).map((r) => r.dataset.code)).to.include(first);
  });

  it('never puts the words of a link that names no item on the page', async () => {
    const words = '本网站已停止服务请拨打4001234567';
    const el = await withHash(`fz-power-list=${encodeURIComponent(words)}`);
    await waitUntil(() => rows(el).length === 20, 'the whole list is shown');
    expect(text(el)).not.to.include(words);
    expect(text(el)).not.to.include('4001234567');
    expect(search(el).value).to.equal('');
    expect(root(el).querySelector('.fz-list-error')).to.equal(null);
  });

  it('shows the whole list, not a network error, for a link longer than a search may be', async () => {
    const long = '请立即致电'.repeat(30);
    const el = await withHash(`fz-power-list=${encodeURIComponent(long)}`);
    await waitUntil(() => rows(el).length === 20, 'the whole list is shown');
    expect(text(el)).not.to.include('请立即致电');
    expect(text(el)).not.to.include('加载失败');
  });

  it('says a refused search is wrong, not the network, and clears it', async () => {
    const el = await fixture<FzPowerList>(html`<fz-power-list mode="server" src="/api/power-list"></fz-power-list>`);
    await waitUntil(() => rows(el).length === 20);
    search(el).focus();
    await sendKeys({ type: '许可'.repeat(51) });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part~="error"]'), 'no message', { timeout: 5000 });
    const message = root(el).querySelector('[part~="error"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.include('查询条件有误');
    expect(message.textContent).not.to.include('网络');
    await expect(el).to.be.accessible();
    const clear = [...message.querySelectorAll('button')].find((b) => b.textContent!.includes('清除搜索条件'))!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el).length === 20, 'the whole list is back');
    expect(search(el).value).to.equal('');
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
  });
});
