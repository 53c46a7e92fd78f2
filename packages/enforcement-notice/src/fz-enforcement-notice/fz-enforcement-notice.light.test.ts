import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzEnforcementNotice } from './fz-enforcement-notice.js';
import { fixtureData, TODAY } from './fz-enforcement-notice.fixtures.js';

// render-root="light": the notice rendered into the element itself, for read-aloud toolbars.

async function mount(): Promise<FzEnforcementNotice> {
  const el = await fixture<FzEnforcementNotice>(html`<fz-enforcement-notice render-root="light" .data=${fixtureData()} .today=${TODAY}></fz-enforcement-notice>`);
  await el.updateComplete;
  return el;
}

// Opening a decision puts it in the page address (a deep link); each test starts from a clean one.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('fz-enforcement-notice render-root="light"', () => {
  it('renders into the element; tabs, search and a decision’s detail work from the keyboard', async () => {
    const el = await mount();
    expect(el.shadowRoot === null, 'no shadow root').to.equal(true);
    expect(el.querySelector('tbody tr')).to.exist;
    await expect(el).to.be.accessible();

    const tabs = () => [...el.querySelectorAll<HTMLElement>('[role="tab"]')];
    tabs()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(tabs()[1]);
    expect(document.getElementById(tabs()[1]!.getAttribute('aria-controls')!)!.hasAttribute('hidden')).to.equal(false);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;

    const search = el.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: '农药' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const docNos = [...el.querySelectorAll<HTMLButtonElement>('button[data-doc-no]')].map((b) => b.dataset.docNo);
    expect(docNos).to.deep.equal(['某市监罚〔2026〕1号']);
    el.querySelector<HTMLButtonElement>('button[data-doc-no]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(el.querySelector('.fz-detail__title'));
    await expect(el).to.be.accessible();
  });

  it('gives two notices on one page distinct ids, keeps its charts drawn, and stays large in care mode', async () => {
    const [a, b] = await Promise.all([mount(), mount()]);
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
    // The reset leaves SVG alone: its bars keep the sizes their attributes give them.
    const bars = [...a.querySelectorAll('rect.fz-chart__bar')];
    expect(bars.length).to.be.greaterThan(0);
    expect(Math.max(...bars.map((r) => r.getBoundingClientRect().width))).to.be.greaterThan(10);
    expect(parseFloat(getComputedStyle(a.querySelector('td')!).fontSize)).to.be.at.least(16);
    b.careMode = true;
    await b.updateComplete;
    expect(parseFloat(getComputedStyle(b.querySelector('td')!).fontSize)).to.be.at.least(18);
    expect(b.querySelector('[role="tab"]')!.getBoundingClientRect().height).to.be.at.least(44);
    await expect(b).to.be.accessible();
  });
});
