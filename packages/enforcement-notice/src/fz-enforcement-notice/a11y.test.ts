import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { FzEnforcementNotice } from './fz-enforcement-notice.js';
import { fixtureData, TODAY } from './fz-enforcement-notice.fixtures.js';

const root = (el: FzEnforcementNotice) => el.shadowRoot!;

async function mount(attrs = '', data: unknown = fixtureData()): Promise<FzEnforcementNotice> {
  const el = await fixture<FzEnforcementNotice>(html`<fz-enforcement-notice .data=${data} .today=${TODAY}></fz-enforcement-notice>`);
  for (const a of attrs.split(' ').filter(Boolean)) el.setAttribute(a, '');
  await el.updateComplete;
  return el;
}

async function selectTab(el: FzEnforcementNotice, view: string): Promise<void> {
  root(el).querySelector<HTMLButtonElement>(`[role="tab"][id$="tab-${view}"]`)!.click();
  await el.updateComplete;
}

// Opening a decision puts it in the page address (a deep link); each test starts from a clean one.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('fz-enforcement-notice: axe in every state', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  for (const view of ['decisions', 'bodies', 'officers', 'matters']) {
    it(`has no violations on the ${view} tab`, async () => {
      const el = await mount();
      await selectTab(el, view);
      expect(root(el).querySelector('tbody tr')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('has no violations when filtered, and when nothing matches', async () => {
    const el = await mount();
    const body = root(el).querySelector<HTMLSelectElement>('select[id$="-body"]')!;
    body.value = '某某县综合行政执法局';
    body.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = '没有这样的决定';
    input.closest('form')!.requestSubmit();
    await el.updateComplete;
    expect(root(el).querySelector('[part~="empty"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('has no violations with no data at all', async () => {
    const el = await mount('', { decisions: [] });
    expect(root(el).querySelector('[part~="empty"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it("has no violations in a decision's detail", async () => {
    const el = await mount();
    root(el).querySelector<HTMLButtonElement>('button[data-doc-no]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part~="detail"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('has no violations with the chart shown as tables', async () => {
    const el = await mount();
    root(el).querySelector<HTMLButtonElement>('.fz-chart-toggle')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('table.fz-chart__table')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('has no violations while loading and after a failure', async () => {
    let fail: (() => void) | undefined;
    window.fetch = () => new Promise<Response>((resolve) => (fail = () => resolve(new Response('oops', { status: 500 }))));
    const el = await fixture<FzEnforcementNotice>(html`<fz-enforcement-notice src="/api/notice" .today=${TODAY}></fz-enforcement-notice>`);
    await el.updateComplete;
    expect(root(el).querySelector('[part~="loading"]')).to.exist;
    await expect(el).to.be.accessible();
    fail!();
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('has no violations in care mode and in English', async () => {
    const el = await mount('care-mode');
    el.locale = 'en';
    await el.updateComplete; // includes the download of the English texts
    expect(root(el).querySelector('[role="tab"]')!.textContent!.trim()).to.equal('Decisions');
    await expect(el).to.be.accessible();
    expect(getComputedStyle(root(el).querySelector('td')!).fontSize).to.equal('20px');
  });
});
