import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzEnforcementNotice } from './fz-enforcement-notice.js';

// Server mode against the real reference server (/api/enforcement/…, the synthetic sample lists):
// what a link in the page address can and cannot do, and a query the server refuses.

const root = (el: FzEnforcementNotice) => el.shadowRoot!;
const text = (el: FzEnforcementNotice) => (root(el).textContent ?? '').replace(/\s+/g, ' ');
const docNos = (el: FzEnforcementNotice) => [...root(el).querySelectorAll<HTMLButtonElement>('button[data-doc-no]')].map((b) => b.dataset.docNo);
const search = (el: FzEnforcementNotice) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const detail = (el: FzEnforcementNotice) => root(el).querySelector('[part~="detail"]');
const settled = (el: FzEnforcementNotice) => !root(el).querySelector('.fz-list-loading, [aria-busy="true"]');

async function withHash(hash: string): Promise<FzEnforcementNotice> {
  history.replaceState(null, '', `${location.pathname}${location.search}#${hash}`);
  const el = await fixture<FzEnforcementNotice>(html`<fz-enforcement-notice view="decisions" mode="server" src="/api/enforcement"></fz-enforcement-notice>`);
  await waitUntil(() => docNos(el).length > 0 || root(el).querySelector('[part~="error"], [part~="empty"], [part~="detail"]'), 'the list did not settle', { timeout: 5000 });
  await waitUntil(() => settled(el), 'still loading', { timeout: 5000 });
  return el;
}

describe('fz-enforcement-notice: deep links and refused queries (server mode)', () => {
  let all: { items: { id?: string; docNo: string }[]; total: number };
  before(async () => {
    all = await (await fetch('/api/enforcement/decisions?pageSize=20')).json();
  });
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('opens the decision a link names', async () => {
    const target = all.items[3]!;
    const el = await withHash(`fz-enforcement-notice=decisions/${encodeURIComponent(target.docNo)}`);
    await waitUntil(() => detail(el), 'the detail did not open');
    expect(detail(el)!.textContent).to.include(target.docNo);
    // The link is spent: the visitor's own searches are theirs.
    root(el).querySelector<HTMLButtonElement>('[part~="detail"] button')!.click();
    await el.updateComplete;
    search(el).focus();
    search(el).select();
    await sendKeys({ type: '没有这样的公示' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part~="empty"]'), 'no empty state', { timeout: 5000 });
    expect(search(el).value).to.equal('没有这样的公示');
  });

  it('never puts the words of a link that names no decision on the page', async () => {
    const words = '本网站已停止服务请拨打4001234567领取退款';
    const el = await withHash(`fz-enforcement-notice=decisions/${encodeURIComponent(words)}`);
    await waitUntil(() => docNos(el).length === Math.min(all.total, 20), 'the whole list is shown', { timeout: 5000 });
    expect(text(el)).not.to.include(words);
    expect(text(el)).not.to.include('4001234567');
    expect(search(el).value).to.equal('');
    expect(detail(el)).to.equal(null);
  });

  it('shows the whole list, not a network error, for a link longer than a search may be', async () => {
    const el = await withHash(`fz-enforcement-notice=decisions/${encodeURIComponent('请立即致电'.repeat(30))}`);
    await waitUntil(() => docNos(el).length === Math.min(all.total, 20), 'the whole list is shown', { timeout: 5000 });
    expect(text(el)).not.to.include('请立即致电');
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
  });

  it('says a refused search is wrong, not the network, and clears it', async () => {
    const el = await withHash('');
    search(el).focus();
    await sendKeys({ type: '罚款'.repeat(51) });
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
    await waitUntil(() => docNos(el).length === Math.min(all.total, 20), 'the whole list is back', { timeout: 5000 });
    expect(search(el).value).to.equal('');
  });
});
