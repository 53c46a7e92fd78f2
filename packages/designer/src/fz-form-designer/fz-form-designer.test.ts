import { getAt, legalAidApplicationSchema, mergePatch, type SchemaObject } from '@fazhi/core';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzDownloadDetail, FzFormDesigner } from './fz-form-designer.js';

const active = (el: FzFormDesigner) => el.shadowRoot!.activeElement as HTMLElement | null;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const settle = async (el: FzFormDesigner) => {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
};

/** Arrow keys through the outline until the row of that field has focus. */
async function goTo(el: FzFormDesigner, id: string): Promise<void> {
  await sendKeys({ press: 'Home' });
  for (let i = 0; i < 80 && active(el)?.dataset.id !== id; i++) {
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
  }
  expect(active(el)?.dataset.id).to.equal(id);
}

/** Tab (or Shift+Tab) until the control with that id has focus. */
async function tabTo(el: FzFormDesigner, id: string, back = false): Promise<void> {
  for (let i = 0; i < 60 && active(el)?.id !== id; i++) {
    await (back ? chord('Tab', 'Shift') : sendKeys({ press: 'Tab' }));
    await settle(el);
  }
  expect(active(el)?.id).to.equal(id);
}

/** A key with modifiers held (`chord('z', 'Control', 'Shift')`). */
async function chord(key: string, ...modifiers: string[]): Promise<void> {
  for (const m of modifiers) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of modifiers.reverse()) await sendKeys({ up: m });
}

async function retype(el: FzFormDesigner, text: string): Promise<void> {
  await chord('a', 'Control');
  await sendKeys({ type: text });
  await settle(el);
}

const preview = (el: FzFormDesigner) => el.shadowRoot!.querySelector('.preview-frame')!.firstElementChild as HTMLElement & { schema: SchemaObject; updateComplete: Promise<boolean> };

describe('<fz-form-designer> in overlay mode, by keyboard', () => {
  let el: FzFormDesigner;
  beforeEach(async () => {
    localStorage.clear();
    const wrapper = await fixture<HTMLElement>(html`<div><button id="before">开始</button><fz-form-designer base="legal-aid-application"></fz-form-designer></div>`);
    el = wrapper.querySelector('fz-form-designer')!;
    await settle(el);
    await settle(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    // The outline is one tab stop after the toolbar.
    for (let i = 0; i < 10 && active(el)?.getAttribute('role') !== 'treeitem'; i++) await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('role')).to.equal('treeitem');
  });
  afterEach(() => localStorage.clear());

  it('relabels the facts field, and the preview and the overlay say the new label', async () => {
    await goTo(el, '/properties/facts');
    await tabTo(el, 'prop-title');
    await retype(el, '案情经过和申请理由');
    expect(getAt(preview(el).schema, '/properties/facts/title')).to.equal('案情经过和申请理由');
    expect(JSON.parse(el.fileText!)).to.deep.equal({ properties: { facts: { title: '案情经过和申请理由' } } });
    const row = el.shadowRoot!.querySelector('[data-id="/properties/facts"]')!;
    expect(row.textContent).to.contain('本县修改');
    await expect(el).to.be.accessible();
  });

  it('removes one option of 需要哪种法律援助, keeping the others and their stored values', async () => {
    await goTo(el, '/properties/matter/properties/aidForm');
    await tabTo(el, 'opt-1-remove');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const options = getAt(el.document, '/properties/matter/properties/aidForm/oneOf') as { const: string }[];
    expect(options.map((o) => o.const)).to.deep.equal(['consultation', 'criminal-defence', 'litigation', 'non-litigation', 'duty-lawyer', 'labour-arbitration', 'other']);
    expect(getAt(preview(el).schema, '/properties/matter/properties/aidForm/oneOf')).to.have.length(7);
    // Focus stays in the option list, not lost to the page.
    expect(active(el)?.id).to.equal('opt-1-title');
    await expect(el).to.be.accessible();
  });

  it('adds an optional 微信号 field to 联系方式', async () => {
    await goTo(el, '/properties/contact');
    await tabTo(el, 'add-field');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)?.id).to.equal('prop-title');
    await retype(el, '微信号');
    expect(getAt(el.document, '/properties/contact/properties/field1/title')).to.equal('微信号');
    expect(getAt(el.document, '/properties/contact/required')).to.deep.equal(['phone', 'address']);
    expect(el.shadowRoot!.querySelector('[data-id="/properties/contact/properties/field1"]')!.textContent).to.contain('本县新增');
    expect(getAt(preview(el).schema, '/properties/contact/properties/field1/title')).to.equal('微信号');
    await expect(el).to.be.accessible();
  });

  it('makes a field required, undoes and redoes it by keyboard, with the preview following', async () => {
    await goTo(el, '/properties/applicant/properties/age');
    await tabTo(el, 'prop-required');
    await sendKeys({ press: 'Space' });
    await settle(el);
    const ageInput = () => preview(el).shadowRoot!.querySelector<HTMLInputElement>('input[id$="age"]');
    expect(getAt(el.document, '/properties/applicant/required')).to.include('age');
    await preview(el).updateComplete;
    expect(ageInput()?.getAttribute('aria-required') ?? String(ageInput()?.required)).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('设为必填');

    await chord('z', 'Control');
    await settle(el);
    expect(getAt(el.document, '/properties/applicant/required')).not.to.include('age');
    expect(active(el)?.id).to.equal('prop-required');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('已撤销');

    await chord('Z', 'Control', 'Shift');
    await settle(el);
    expect(getAt(el.document, '/properties/applicant/required')).to.include('age');
    await chord('z', 'Control');
    await chord('y', 'Control');
    await settle(el);
    expect(getAt(el.document, '/properties/applicant/required')).to.include('age');
    await expect(el).to.be.accessible();
  });

  it('undoes a typed word in one step, back to the exact base', async () => {
    await goTo(el, '/properties/facts');
    await tabTo(el, 'prop-title');
    await retype(el, '案情');
    await tabTo(el, 'prop-description');
    await retype(el, '写清楚');
    await chord('z', 'Control');
    await chord('z', 'Control');
    await settle(el);
    expect(el.document).to.deep.equal({ ...legalAidApplicationSchema });
    expect(el.fileText).to.equal('{}\n');
  });

  it('downloads an overlay that, merged onto the base, gives what was edited', async () => {
    await goTo(el, '/properties/facts');
    await tabTo(el, 'prop-title');
    await retype(el, '案情经过');
    await goToFromPanel(el, '/properties/matter/properties/aidForm');
    await tabTo(el, 'opt-0-remove');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    let detail: FzDownloadDetail | undefined;
    el.addEventListener('fz-download', (e) => {
      e.preventDefault();
      detail = (e as CustomEvent<FzDownloadDetail>).detail;
    });
    await tabTo(el, 'download', true);
    await sendKeys({ press: 'Enter' });
    expect(detail?.fileName).to.equal('legal-aid-application.overlay.json');
    expect({ ...(mergePatch(legalAidApplicationSchema, JSON.parse(detail!.text)) as object) }).to.deep.equal(el.document);
    expect(detail!.text).to.equal(el.fileText);
  });

  it('will not remove a locked field or make it optional, and says why', async () => {
    await goTo(el, '/properties/facts');
    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('#prop-remove')!;
    expect(remove.disabled).to.equal(true);
    expect(el.shadowRoot!.querySelector(`#${remove.getAttribute('aria-describedby')}`)!.textContent).to.contain('申请法律援助须说明案情和申请理由');
    await goTo(el, '/properties/applicant/properties/name');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#prop-required')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('refuses a bad overlay file with the county check messages and keeps the work', async () => {
    await goTo(el, '/properties/facts');
    await tabTo(el, 'prop-title');
    await retype(el, '案情经过');
    const opened = await el.importText('{ "properties": { "facts": { "title": "x", } } }', 'bad.json');
    await settle(el);
    expect(opened).to.equal(false);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('bad.json 第 1 行');
    expect(getAt(el.document, '/properties/facts/title')).to.equal('案情经过');
    await expect(el).to.be.accessible();
  });
});

/** From the property panel back to the outline (Shift+Tab), then to a row. */
async function goToFromPanel(el: FzFormDesigner, id: string): Promise<void> {
  for (let i = 0; i < 60 && active(el)?.getAttribute('role') !== 'treeitem'; i++) {
    await chord('Tab', 'Shift');
    await settle(el);
  }
  await goTo(el, id);
}
