import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzForm } from './fz-form.js';
import { plainSchema, stepSchema } from './fz-form.fixtures.js';

// render-root="light": the same form rendered into the element itself, for read-aloud toolbars.

const byLabel = (el: HTMLElement, text: string): HTMLInputElement => {
  const label = [...el.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no label ${text}`);
  return document.getElementById(label.htmlFor) as HTMLInputElement;
};

async function render(schema = plainSchema) {
  sessionStorage.clear();
  const el = await fixture<FzForm>(html`<fz-form render-root="light" .schema=${schema} autosave="off"></fz-form>`);
  await el.updateComplete;
  return el;
}

async function tabTo(target: Element) {
  for (let i = 0; i < 40 && document.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(document.activeElement).to.equal(target);
}

/** With a portal's stylesheet (and its body class) in the page for the length of `run`. */
async function asPortal(css: string, run: () => Promise<void>) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  document.body.classList.add('page');
  try {
    await run();
  } finally {
    style.remove();
    document.body.classList.remove('page');
  }
}

/** Every id in `scope`, and every id its labels, descriptions and summary links point at. */
function idReferences(scope: Element): string[] {
  const refs = [...scope.querySelectorAll('[for], [aria-describedby], [aria-labelledby], [aria-controls], a[href^="#"]')].flatMap((e) =>
    ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls'].flatMap((a) => e.getAttribute(a)?.split(' ') ?? []).concat(e.getAttribute('href')?.slice(1) ?? []),
  );
  return refs.filter(Boolean);
}

describe('fz-form render-root="light"', () => {
  it('renders into the element itself, its styles adopted by the page once', async () => {
    const el = await render();
    expect(el.shadowRoot === null, 'no shadow root').to.equal(true);
    expect(el.renderRoot).to.equal(el);
    expect(el.querySelector('form.fz-form')).to.exist;
    expect(byLabel(el, '姓名').tagName).to.equal('INPUT');
    const scoped = () => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => (r as CSSStyleRule).selectorText?.startsWith('fz-form:not(#_) ')));
    expect(scoped().length).to.equal(1);
    await fixture(html`<fz-form render-root="light" .schema=${stepSchema} autosave="off"></fz-form>`);
    expect(scoped().length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('has its styles again where it is connected next: after the page replaced its sheets, or in a portal’s shadow root', async () => {
    const el = await render();
    const isScoped = (s: CSSStyleSheet) => [...s.cssRules].some((r) => (r as CSSStyleRule).selectorText?.startsWith('fz-form:not(#_) '));
    const fontSize = () => getComputedStyle(el.querySelector('.fz-form')!).getPropertyValue('font-size');
    const styled = fontSize();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !isScoped(s));
    const parent = el.parentNode!;
    el.remove();
    parent.append(el);
    expect(document.adoptedStyleSheets.filter(isScoped).length).to.equal(1);
    expect(fontSize()).to.equal(styled);

    const host = document.createElement('div');
    parent.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(el);
    expect(shadow.adoptedStyleSheets.filter(isScoped).length).to.equal(1);
    expect(fontSize()).to.equal(styled);
  });

  it('inside a portal’s form submits only its own, and keeps its change events from page-wide handlers, as a shadow root would', async () => {
    sessionStorage.clear();
    const seen: string[] = [];
    const page = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => (e.preventDefault(), seen.push('submit'))}></form>`);
    const onPage = (e: Event) => seen.push(`page ${e.type}`);
    document.addEventListener('change', onPage);
    document.addEventListener('submit', onPage);
    try {
      const el = document.createElement('fz-form') as FzForm;
      el.setAttribute('render-root', 'light');
      el.autosave = 'off';
      el.schema = plainSchema;
      page.append(el);
      await el.updateComplete;
      byLabel(el, '法律咨询').focus();
      await sendKeys({ press: 'Space' });
      el.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.querySelector('.fz-error-summary'), 'its own form was submitted').to.exist;
      expect(byLabel(el, '法律咨询').checked).to.equal(true);
      expect(seen).to.deep.equal([]);
    } finally {
      document.removeEventListener('change', onPage);
      document.removeEventListener('submit', onPage);
    }
  });

  it('a keyboard user types, submits, reads the error summary and follows a link to the field', async () => {
    const el = await render();
    byLabel(el, '姓名').focus();
    await sendKeys({ type: '王五' });
    await tabTo(el.querySelector('button[type=submit]')!);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const summary = el.querySelector<HTMLElement>('.fz-error-summary')!;
    expect(document.activeElement).to.equal(summary);
    expect(document.getElementById(summary.getAttribute('aria-labelledby')!)).to.equal(summary.querySelector('.fz-error-summary-title'));
    const phone = byLabel(el, '联系电话');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(document.getElementById(phone.getAttribute('aria-describedby')!)!.textContent).to.contain('请填写联系电话');
    const link = [...summary.querySelectorAll('a')].find((a) => a.textContent!.includes('请填写联系电话'))!;
    expect(link.getAttribute('href')).to.equal(`#${phone.id}`);
    await tabTo(link);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(phone);
    expect(byLabel(el, '姓名').value).to.equal('王五');
    await expect(el).to.be.accessible();
  });

  it('walks steps and reaches check answers, focus following each heading', async () => {
    const el = await render(stepSchema);
    byLabel(el, '姓名').focus();
    await sendKeys({ type: '赵六' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(document.activeElement).to.equal(el.querySelector('.fz-step-heading'));
    expect(el.querySelector('.fz-step-title')!.textContent).to.equal('申请事项');
  });

  it('gives two forms on one page ids that never collide, each reference resolving inside its own form', async () => {
    const [a, b] = await Promise.all([render(), render()]);
    for (const el of [a, b]) {
      el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await el.updateComplete;
    }
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
    for (const el of [a, b]) {
      const refs = idReferences(el);
      expect(refs.length).to.be.greaterThan(10);
      for (const id of refs) expect(el.contains(document.getElementById(id)), `#${id} inside its form`).to.equal(true);
    }
  });

  it('keeps its look under hostile portal CSS, and is large in care mode', async () => {
    const hostile =
      'html{font-size:10px} body{line-height:1;color:#999} *{font-size:12px} label{float:left;display:none} ' +
      'input{border:0;width:50px;height:10px} ul,li{list-style:none;margin:0;padding:0} button{min-height:0;padding:0} ' +
      // A CMS's article rules, with classes: a shadow root keeps them out, and so must the light root.
      'body div label{float:left} .page h2{font-size:12px} body.page div div{text-indent:2em;font-size:12px}';
    await asPortal(hostile, async () => {
      const el = await render();
      const label = el.querySelector('label')!;
      expect(getComputedStyle(label).display).not.to.equal('none');
      expect(getComputedStyle(label).float).to.equal('none');
      expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(16);
      expect(parseFloat(getComputedStyle(el.querySelector('.fz-form-title')!).fontSize)).to.be.at.least(24);
      const hint = el.querySelector('.fz-hint')!;
      expect(getComputedStyle(hint).textIndent).to.equal('0px');
      expect(parseFloat(getComputedStyle(hint).fontSize)).to.be.at.least(16);
      const name = byLabel(el, '姓名');
      expect(getComputedStyle(name).borderTopWidth).not.to.equal('0px');
      expect(name.getBoundingClientRect().height).to.be.at.least(40);
      expect(name.getBoundingClientRect().width).to.be.greaterThan(100);
      el.careMode = true;
      await el.updateComplete;
      expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(18);
      expect(parseFloat(getComputedStyle(label).lineHeight) / parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(1.5);
      expect(name.getBoundingClientRect().height).to.be.at.least(44);
      expect(byLabel(el, '法律咨询').getBoundingClientRect().height).to.be.at.least(44);
      expect(el.querySelector('button[type=submit]')!.getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });
  });

  it('takes the portal theme set on the tag, as in a shadow root, and part styles as documented', async () => {
    const css = 'fz-form { --fz-color-primary: rgb(180, 0, 30); } fz-form [part~="label"] { font-weight: 400 !important; }';
    await asPortal(css, async () => {
      const el = await render();
      expect(getComputedStyle(el.querySelector('button[type=submit]')!).backgroundColor).to.equal('rgb(180, 0, 30)');
      expect(getComputedStyle(el.querySelector('[part~="label"]')!).fontWeight).to.equal('400');
    });
  });

  it('shows the fallback content while loading and when loading fails, and only then', async () => {
    const el = await fixture<FzForm>(html`<fz-form render-root="light" schema-src="/no/such/schema.json" autosave="off"><p class="fallback">请拨打 12348</p></fz-form>`);
    expect(el.querySelector('.fz-loading')).to.exist;
    expect(el.querySelectorAll('.fallback').length).to.equal(1);
    for (let i = 0; i < 100 && !el.querySelector('[role=alert]'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(el.querySelector('[role=alert]')).to.exist;
    expect(el.querySelectorAll('.fallback').length).to.equal(1);
    const ready = await fixture<FzForm>(html`<fz-form render-root="light" .schema=${plainSchema} autosave="off"><p class="fallback">请拨打 12348</p></fz-form>`);
    expect(ready.querySelector('form')).to.exist;
    expect(ready.querySelector('.fallback')).to.equal(null);
  });
});
