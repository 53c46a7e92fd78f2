import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzLegalAidForm } from './fz-legal-aid-form.js';
import { pagePrintCss } from './fz-legal-aid-form.styles.js';

// render-root="light": the application rendered into the element itself, for read-aloud toolbars.

const byLabel = (el: HTMLElement, text: string) => {
  const label = [...el.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no label ${text}`);
  return document.getElementById(label.htmlFor) as HTMLInputElement;
};
const after = async (el: FzLegalAidForm) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};

async function tabTo(target: Element) {
  for (let i = 0; i < 60 && document.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(document.activeElement).to.equal(target);
}

describe('fz-legal-aid-form render-root="light"', () => {
  it('shows the fallback in the page until the county overlay arrives, then the form in its place', async () => {
    let release!: (response: Response) => void;
    const realFetch = window.fetch;
    window.fetch = (() => new Promise<Response>((resolve) => (release = resolve))) as typeof fetch;
    try {
      const el = await fixture<FzLegalAidForm>(html`<fz-legal-aid-form render-root="light" autosave="off" overlay-src="/county/legal-aid.json"
        ><p class="fallback">请拨打 12348 公共法律服务热线</p></fz-legal-aid-form
      >`);
      expect(el.shadowRoot === null, 'no shadow root').to.equal(true);
      expect(el.querySelector('.fallback')!.textContent).to.contain('12348');
      expect(el.querySelector('[role=status]')!.textContent).to.contain('正在加载');
      await expect(el).to.be.accessible();
      release(new Response('{}', { headers: { 'content-type': 'application/json' } }));
      // The overlay is checked before use (the checks load on demand): wait for the form, not a fixed time.
      await waitUntil(() => el.querySelector('form'), 'the form replaces the fallback', { timeout: 10000 });
      await after(el);
      expect(el.querySelector('form')).to.exist;
      expect(el.querySelector('.fallback')).to.equal(null);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a keyboard user types, presses 下一步, reads the errors on the fields, and care mode stays large', async () => {
    sessionStorage.clear();
    const el = await fixture<FzLegalAidForm>(html`<fz-legal-aid-form render-root="light" autosave="off"></fz-legal-aid-form>`);
    await after(el);
    const name = byLabel(el, '姓名');
    name.focus();
    await sendKeys({ type: '王秀兰' });
    await tabTo(el.querySelector('button[type=submit]')!);
    await sendKeys({ press: 'Enter' });
    await after(el);
    const summary = el.querySelector('.fz-error-summary')!;
    expect(document.activeElement).to.equal(summary);
    const idNumber = byLabel(el, '证件号码');
    expect(idNumber.getAttribute('aria-invalid')).to.equal('true');
    expect(document.getElementById(idNumber.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).to.contain('请填写');
    expect(name.value).to.equal('王秀兰');
    await expect(el).to.be.accessible();

    el.careMode = true;
    await after(el);
    expect(parseFloat(getComputedStyle(name).fontSize)).to.be.at.least(18);
    expect(byLabel(el, '申请人本人').getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('prints the element alone: the page print rules reach the light content', async () => {
    const wrapper = await fixture(html`<div><p class="portal">门户页面内容</p><fz-legal-aid-form render-root="light" autosave="off"></fz-legal-aid-form></div>`);
    const el = wrapper.querySelector<FzLegalAidForm>('fz-legal-aid-form')!;
    await after(el);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pagePrintCss);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    el.dataset.print = 'receipt';
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(wrapper.querySelector('.portal')!).visibility).to.equal('hidden');
      expect(getComputedStyle(el.querySelector('.fz-step-title')!).visibility).to.equal('visible');
    } finally {
      await emulateMedia({ media: 'screen' });
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
