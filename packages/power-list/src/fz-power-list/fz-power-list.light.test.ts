import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzPowerList } from './fz-power-list.js';
import type { PowerListItem } from './types.js';

// render-root="light": the list rendered into the element itself, for read-aloud toolbars.

const SAMPLE_MODULE = '/packages/server/samples/power-list-township.json';
let sample: PowerListItem[];
before(async () => {
  sample = ((await import(/* @vite-ignore */ SAMPLE_MODULE)) as { default: PowerListItem[] }).default;
});

const rows = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('tbody tr.fz-row')];

async function mount(): Promise<FzPowerList> {
  const el = await fixture<FzPowerList>(html`<fz-power-list render-root="light" .items=${sample}></fz-power-list>`);
  await waitUntil(() => rows(el).length > 0, 'rows did not render');
  return el;
}

describe('fz-power-list render-root="light"', () => {
  it('renders into the element; a keyboard user searches and opens an item', async () => {
    const el = await mount();
    expect(el.shadowRoot === null, 'no shadow root').to.equal(true);
    expect(el.querySelector('table caption')!.textContent).to.contain('权责清单');
    await expect(el).to.be.accessible();

    const search = el.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(document.querySelector(`label[for="${search.id}"]`)!.textContent).to.contain('搜索');
    search.focus();
    const target = sample[5]!;
    await sendKeys({ type: target.code });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rows(el).map((r) => r.dataset.code)).to.deep.equal([target.code]);
    const open = rows(el)[0]!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    open.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const detail = document.getElementById(open.getAttribute('aria-controls')!)!;
    expect(el.contains(detail)).to.equal(true);
    expect(detail.textContent).to.contain('实施主体');
    await expect(el).to.be.accessible();
  });

  it('gives two lists on one page distinct ids, and keeps its look under hostile portal CSS and in care mode', async () => {
    const style = document.createElement('style');
    style.textContent = '*{font-size:12px} table{width:50px} td,th{padding:0;border:0} button{min-height:0;padding:0} input{border:0}';
    document.head.append(style);
    try {
      const [a, b] = await Promise.all([mount(), mount()]);
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
      const cell = rows(a)[0]!.querySelector('td')!;
      expect(parseFloat(getComputedStyle(cell).fontSize)).to.be.at.least(16);
      expect(a.querySelector('table')!.getBoundingClientRect().width).to.be.greaterThan(300);
      expect(getComputedStyle(a.querySelector('input[type=search]')!).borderTopWidth).not.to.equal('0px');
      b.careMode = true;
      await b.updateComplete;
      expect(parseFloat(getComputedStyle(rows(b)[0]!.querySelector('td')!).fontSize)).to.be.at.least(18);
      expect(b.querySelector('button[aria-expanded]')!.getBoundingClientRect().height).to.be.at.least(44);
      await expect(b).to.be.accessible();
    } finally {
      style.remove();
    }
  });
});
