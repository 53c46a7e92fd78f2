import { getAt, legalAidApplicationSchema, mergePatch, type SchemaObject } from '@fazhi/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import countyOverlay from '../../../legal-aid/test/county-overlay.json';
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
    // The field is on the third step: 在预览中查看 opens the preview there.
    await tabTo(el, 'prop-show');
    await sendKeys({ press: 'Enter' });
    await preview(el).updateComplete;
    await nextFrame();
    expect(preview(el).shadowRoot!.textContent).to.contain('案情经过和申请理由');
  });

  it('opens and closes sections with the arrow keys, one tab stop for the whole tree', async () => {
    await goTo(el, '/properties/contact');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(active(el)?.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[data-id="/properties/contact/properties/phone"]')).to.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(active(el)?.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(active(el)?.dataset.id).to.equal('/properties/contact/properties/phone');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(active(el)?.dataset.id).to.equal('/properties/contact');
    expect(el.shadowRoot!.querySelectorAll('[role=treeitem][tabindex="0"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('moves a field down and back with undo, focus staying on the button', async () => {
    await goTo(el, '/properties/contact/properties/phone');
    await tabTo(el, 'move-down');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(Object.keys(getAt(el.document, '/properties/contact/properties') as object).slice(0, 2)).to.deep.equal(['address', 'phone']);
    expect(active(el)?.id).to.equal('move-down');
    await chord('z', 'Control');
    await settle(el);
    expect(Object.keys(getAt(el.document, '/properties/contact/properties') as object).slice(0, 2)).to.deep.equal(['phone', 'address']);
    expect(el.fileText).to.equal('{}\n');
  });

  it('moves a field to another section with the 移动到… list, keeping it required', async () => {
    await goTo(el, '/properties/contact/properties/phone');
    await tabTo(el, 'move-to');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('#move-to')!.selectedOptions[0].textContent).to.equal('分组：申请人');
    // Choosing is not moving yet.
    expect(getAt(el.document, '/properties/contact/properties/phone')).to.not.equal(undefined);
    await tabTo(el, 'move-go');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(getAt(el.document, '/properties/contact/properties/phone')).to.equal(undefined);
    expect(getAt(el.document, '/properties/applicant/properties/phone')).to.not.equal(undefined);
    expect(getAt(el.document, '/properties/applicant/required')).to.include('phone');
    expect(active(el)?.id).to.equal('move-go');
    expect(active(el)?.closest('section')?.querySelector('[aria-selected=true]')?.getAttribute('data-id')).to.equal('/properties/applicant/properties/phone');
  });

  it('previews at phone width and in care mode', async () => {
    await tabTo(el, 'care-mode');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(preview(el).hasAttribute('care-mode')).to.equal(true);
    await chord('Tab', 'Shift');
    await chord('Tab', 'Shift');
    expect(active(el)?.textContent).to.equal('手机');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('.preview-frame')!.classList.contains('phone')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('removes a field, and undo brings it back selected with focus on its row', async () => {
    await goTo(el, '/properties/applicant/properties/veteran');
    await tabTo(el, 'prop-remove');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(getAt(el.document, '/properties/applicant/properties/veteran')).to.equal(undefined);
    expect(active(el)?.getAttribute('role')).to.equal('treeitem');
    await chord('z', 'Control');
    await settle(el);
    expect(el.document).to.deep.equal({ ...legalAidApplicationSchema });
    expect(active(el)?.dataset.id).to.equal('/properties/applicant/properties/veteran');
  });

  it('keeps unsaved work in the browser and warns before leaving until it is downloaded', async () => {
    await goTo(el, '/properties/facts');
    await tabTo(el, 'prop-title');
    await retype(el, '案情经过');
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).to.equal(true);

    const again = await fixture<FzFormDesigner>(html`<fz-form-designer base="legal-aid-application"></fz-form-designer>`);
    await settle(again);
    await settle(again);
    expect(getAt(again.document, '/properties/facts/title')).to.equal('案情经过');
    expect(again.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('已恢复');
    again.remove();

    el.addEventListener('fz-download', (e) => e.preventDefault());
    await tabTo(el, 'download', true);
    await sendKeys({ press: 'Enter' });
    const afterDownload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(afterDownload);
    expect(afterDownload.defaultPrevented).to.equal(false);
    expect(localStorage.length).to.equal(0);
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

describe('<fz-form-designer> opening the county\'s overlay file', () => {
  const realFetch = window.fetch;
  /** Serves `text` at /county/legal-aid.json, as a portal's static server would. */
  const serve = (text: string) => {
    window.fetch = ((url: RequestInfo | URL) =>
      String(url).endsWith('/county/legal-aid.json') ? Promise.resolve(new Response(text, { headers: { 'content-type': 'application/json' } })) : realFetch(url)) as typeof fetch;
  };
  afterEach(() => {
    window.fetch = realFetch;
    localStorage.clear();
  });

  it('shows what the overlay changed and added', async () => {
    localStorage.clear();
    serve(JSON.stringify(countyOverlay, null, 2));
    const el = await fixture<FzFormDesigner>(html`<fz-form-designer base="legal-aid-application" overlay-src="/county/legal-aid.json"></fz-form-designer>`);
    await waitUntil(() => el.document, 'the overlay opens');
    await settle(el);
    const origin = (id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"] .origin`)?.textContent;
    expect(origin('/properties/matter/properties/aidForm')).to.equal('本县修改');
    expect(origin('/properties/facts')).to.equal('原有');
    await expect(el).to.be.accessible();
  });

  it('refuses a misspelt overlay with the county check message and its line', async () => {
    localStorage.clear();
    serve('{\n  "properties": {\n    "facs": { "title": "案情" }\n  }\n}\n');
    const el = await fixture<FzFormDesigner>(html`<fz-form-designer base="legal-aid-application" overlay-src="/county/legal-aid.json"></fz-form-designer>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'the refusal shows');
    const alert = el.shadowRoot!.querySelector('[role=alert]')!.textContent!;
    expect(alert).to.contain('legal-aid.json 第 3 行 properties.facs');
    expect(alert).to.contain('是不是想写“facts”');
    expect(el.document).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('<fz-form-designer> with a whole form of the county\'s own', () => {
  const mediation = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://example.gov.cn/forms/mediation.schema.json',
    title: '人民调解申请',
    type: 'object',
    properties: {
      name: { type: 'string', title: '申请人姓名', maxLength: 50, 'x-fz-pii': 'pi' },
      kind: { type: 'string', title: '纠纷类型', oneOf: [{ const: 'neighbour', title: '邻里纠纷' }, { const: 'family', title: '婚姻家庭纠纷' }], 'x-fz-pii': 'none' },
    },
    required: ['name'],
  };
  afterEach(() => localStorage.clear());

  it('previews with the element the preview attribute names when the page defines it', async () => {
    localStorage.clear();
    const withoutIt = await fixture<FzFormDesigner>(html`<fz-form-designer preview="fz-test-preview" .schema=${mediation}></fz-form-designer>`);
    await settle(withoutIt);
    expect(preview(withoutIt).localName).to.equal('fz-form');
    customElements.define('fz-test-preview', class extends HTMLElement {
      schema?: SchemaObject;
    });
    const el = await fixture<FzFormDesigner>(html`<fz-form-designer preview="fz-test-preview" .schema=${mediation}></fz-form-designer>`);
    await settle(el);
    expect(preview(el).localName).to.equal('fz-test-preview');
    expect(preview(el).schema).to.equal(el.document);
  });

  it('adds an option by keyboard and downloads the whole form', async () => {
    localStorage.clear();
    const el = await fixture<FzFormDesigner>(html`<fz-form-designer .schema=${mediation}></fz-form-designer>`);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLElement>('[role=treeitem][tabindex="0"]')!.focus();
    await goTo(el, '/properties/kind');
    await tabTo(el, 'opt-add-title');
    await sendKeys({ type: '其他纠纷' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(getAt(el.document, '/properties/kind/oneOf/2')).to.deep.equal({ const: '其他纠纷', title: '其他纠纷' });
    expect(getAt(preview(el).schema, '/properties/kind/oneOf')).to.have.length(3);
    await tabTo(el, 'opt-2-title', true);
    await retype(el, '其他');
    // The label changes, the stored value does not.
    expect(getAt(el.document, '/properties/kind/oneOf/2')).to.deep.equal({ const: '其他纠纷', title: '其他' });
    let detail: FzDownloadDetail | undefined;
    el.addEventListener('fz-download', (e) => {
      e.preventDefault();
      detail = (e as CustomEvent<FzDownloadDetail>).detail;
    });
    await tabTo(el, 'download', true);
    expect(active(el)?.textContent).to.contain('下载表单');
    await sendKeys({ press: 'Enter' });
    expect(detail?.fileName).to.equal('mediation.schema.json');
    expect(JSON.parse(detail!.text)).to.deep.equal(el.document);
    await expect(el).to.be.accessible();
  });
});
