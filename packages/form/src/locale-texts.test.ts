import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { onLocale, translate, type Catalogue, type Locale } from '@fazhi/core';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { formMessages } from './fz-form/messages.js';
import { listMessages } from './list/messages.js';
import { LocaleTexts } from './locale-texts.js';
import type { FzForm } from './fz-form/fz-form.js';
import './define.js';

// This page's modules, as a zh-CN page has them: no English yet.
const englishBefore = { form: formMessages.en, list: listMessages.en };

/** A catalogue whose English the test hands over when it likes, failing the first time it is asked. */
const greeting: Catalogue<'hello'> = { 'zh-CN': { hello: '你好' } };
let deliver: () => void = () => undefined;
let failed = false;
const greetingLoader = () => {
  if (!failed) {
    failed = true;
    return Promise.reject(new Error('offline'));
  }
  return new Promise<void>((resolve) => {
    deliver = () => {
      greeting.en = { hello: 'Hello' };
      resolve();
    };
  });
};

class LocaleProbe extends LitElement {
  @property() locale: Locale = 'zh-CN';
  readonly texts = new LocaleTexts(this, undefined, () => [greeting]);
  override render() {
    return html`<p>${translate(greeting, this.locale, 'hello')}</p>`;
  }
}
customElements.define('fz-locale-probe', LocaleProbe);
const schema = { type: 'object', required: ['name'], properties: { name: { type: 'string', title: 'Name', maxLength: 2 } } };
const said = (el: LocaleProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('English texts on demand', () => {
  it('are not in the modules a zh-CN page loads', () => {
    expect(englishBefore).to.deep.equal({ form: undefined, list: undefined });
  });

  it('<fz-form locale="en"> shows English chrome and English validation errors once `updateComplete` resolves (it waits for the download)', async () => {
    const el = await fixture<FzForm>(html`<fz-form locale="en" autosave="off" .schema=${schema}></fz-form>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Submit');
    expect(root.querySelector('label')!.textContent).to.contain('(required)');
    expect((await el.validate()).map((e) => e.message)).to.deep.equal(['Enter Name']);
    await el.updateComplete;
    expect(root.querySelector('.fz-error-summary-title')!.textContent).to.equal('There is a problem');
    await expect(el).to.be.accessible();
  });

  it('an element speaks zh-CN until its texts arrive, then re-renders; a failed download is tried again on the next change', async () => {
    onLocale('en', greetingLoader); // after the form's test: the form would wait for this loader too
    const el = await fixture<LocaleProbe>(html`<fz-locale-probe locale="en"></fz-locale-probe>`);
    await el.texts.ready;
    expect(said(el)).to.equal('你好');
    expect(el.lang, 'other catalogues’ English is here, its own is not').to.equal('zh-CN');
    el.locale = 'zh-CN';
    await el.updateComplete;
    el.locale = 'en';
    await el.updateComplete;
    expect(said(el)).to.equal('你好');
    deliver();
    await el.texts.ready;
    await el.updateComplete;
    expect(said(el)).to.equal('Hello');
    expect(el.lang).to.equal('en');
  });

  it('says in lang which language it shows: zh-CN until the English texts are here', async () => {
    const el = await fixture<FzForm>(html`<fz-form autosave="off" .schema=${schema}></fz-form>`);
    expect(el.lang).to.equal('zh-CN');
    el.locale = 'en';
    expect(el.lang).to.equal('zh-CN');
    await el.updateComplete;
    expect(el.lang).to.equal('en');
    el.locale = 'zh-CN';
    await el.updateComplete;
    expect(el.lang).to.equal('zh-CN');
  });

  it('shows the English that arrived while another download stalls, and the one that failed after a reconnect', async () => {
    let release!: () => void;
    onLocale('en', () => new Promise<void>((resolve) => (release = resolve)));
    let calls = 0;
    onLocale('en', async () => {
      if (++calls === 1) throw new Error('offline');
    });
    const el = await fixture<FzForm>(html`<fz-form autosave="off" .schema=${schema}></fz-form>`);
    el.locale = 'en';
    await waitUntil(() => el.lang === 'en', 'English arrives beside the stalled download');
    expect(el.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Submit');
    expect(await el.submit(), 'an empty form is not sent').to.equal(undefined);
    expect(el.shadowRoot!.activeElement!.classList.contains('fz-error-summary'), 'the summary has focus while the download stalls').to.equal(true);
    release();
    await el.updateComplete;
    expect(calls).to.equal(1);
    const parent = el.parentNode!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(calls).to.equal(2);
    expect(el.lang).to.equal('en');
  });
});
