import { regionsSample, type SchemaObject } from '@fazhi/core';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzForm } from './fz-form.js';
import { plainSchema, stepSchema } from './fz-form.fixtures.js';

// What a keyboard or screen-reader user meets: where focus goes, what is said, what is exposed.

const root = (el: FzForm) => el.shadowRoot!;
const active = (el: FzForm) => root(el).activeElement as HTMLElement | null;
const button = (el: FzForm, text: string) => [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(text))!;
const settle = async (el: FzForm) => {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
};

async function render(schema: SchemaObject = plainSchema, care = false) {
  sessionStorage.clear();
  const el = await fixture<FzForm>(html`<fz-form .schema=${schema} .regions=${regionsSample} autosave="off" ?care-mode=${care}></fz-form>`);
  await el.updateComplete;
  return el;
}

/** Tab until `target` has focus, as a keyboard user would; fails after 40 presses. */
async function tabTo(el: FzForm, target: Element) {
  for (let i = 0; i < 40 && active(el) !== target; i++) await sendKeys({ press: 'Tab' });
  expect(active(el)).to.equal(target);
}

/** WCAG relative luminance contrast of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const withRegion: SchemaObject = {
  ...plainSchema,
  required: [...(plainSchema.required as string[]), 'region'],
  properties: { ...plainSchema.properties, region: { type: 'string', title: '省、市、县（区）', format: 'cn-region-code' } },
};

describe('fz-form for keyboard and screen-reader users', () => {
  it('keeps focus after 清除已填写内容: back on the button after 不清除, on the said status after 确定清除', async () => {
    const el = await render();
    await tabTo(el, root(el).querySelector('.fz-clear')!);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await tabTo(el, button(el, '不清除'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)).to.equal(root(el).querySelector('.fz-clear'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)!.textContent).to.contain('确定清除');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)!.getAttribute('role')).to.equal('status');
    expect(active(el)!.textContent).to.contain('已清除本页填写的内容');
  });

  it('names the error summary as a group described by its problems, worded for going on', async () => {
    const el = await render();
    await el.validate();
    await settle(el);
    const summary = active(el)!;
    expect(summary.classList.contains('fz-error-summary')).to.equal(true);
    expect(summary.getAttribute('role')).to.equal('group');
    expect(root(el).getElementById(summary.getAttribute('aria-labelledby')!)!.textContent).to.equal('请修改以下问题后继续');
    expect(root(el).getElementById(summary.getAttribute('aria-describedby')!)!.textContent).to.contain('请选择申请类型');
    await expect(el).to.be.accessible();
  });

  it('ties a group error to every radio and every region select, and marks them required', async () => {
    const el = await render(withRegion);
    await el.validate();
    await settle(el);
    const described = (control: Element) => control.getAttribute('aria-describedby')!.split(' ').map((id) => root(el).getElementById(id)!.textContent).join(' ');
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('[data-pointer="/kind"] input[type=radio]')];
    expect(radios.length).to.equal(2);
    for (const radio of radios) {
      expect(radio.getAttribute('aria-invalid')).to.equal('true');
      expect(radio.required).to.equal(true);
      expect(described(radio)).to.contain('请选择申请类型');
    }
    const select = root(el).querySelector<HTMLSelectElement>('[data-pointer="/region"] select')!;
    expect(select.required).to.equal(true);
    expect(described(select)).to.contain('省、市、县（区）');
    await expect(el).to.be.accessible();
  });

  it('says the step number in the heading focus moves to', async () => {
    const el = await render(stepSchema);
    root(el).querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ type: '王芳' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)!.localName).to.equal('h3');
    expect(active(el)!.textContent!.replace(/\s+/g, '')).to.equal('第2步，共2步申请事项');
  });

  it('after 更改 on the check page, goes straight back to it; computed answers have no 更改', async () => {
    const schema: SchemaObject = {
      ...stepSchema,
      properties: { ...stepSchema.properties, echo: { type: 'string', title: '姓名（核对）', 'x-fz-derive': { expr: { var: 'name' } } } },
      'x-fz-steps': [{ id: 'who', title: '申请人', fields: ['name', 'echo'] }, (stepSchema['x-fz-steps'] as object[])[1]],
    };
    const el = await render(schema);
    el.data = { name: '王芳', reason: '邻里纠纷' };
    await settle(el);
    await sendKeys({ press: 'Tab' });
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(el);
    expect(active(el)!.classList.contains('fz-check-title')).to.equal(true);
    const rows = [...root(el).querySelectorAll('.fz-answer')].map((r) => [r.querySelector('dt')!.textContent, !!r.querySelector('button')]);
    expect(rows).to.deep.equal([['姓名', true], ['姓名（核对）', false], ['申请理由', true]]);
    await tabTo(el, root(el).querySelector('.fz-answer button')!);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)!.localName).to.equal('input');
    await sendKeys({ type: '华' });
    const submit = root(el).querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(submit.textContent!.trim()).to.equal('返回核对');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)!.classList.contains('fz-check-title')).to.equal(true);
    expect(root(el).querySelector('.fz-answer dd')!.textContent).to.equal('王芳华');
  });

  it('moves focus to the add button and says so when a row is removed', async () => {
    const el = await render();
    button(el, '添加家庭成员').click();
    await settle(el);
    button(el, '添加家庭成员').click();
    await settle(el);
    await tabTo(el, button(el, '删除第 2 项'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(root(el).querySelectorAll('.fz-row').length).to.equal(1);
    expect(root(el).querySelector('[role="status"][aria-live]')!.textContent).to.contain('已删除第 2 项家庭成员');
    expect(active(el)).to.not.equal(null);
  });

  it('moves focus to the file input and says so when a file is removed, not to the 删除 of another file', async () => {
    const schema: SchemaObject = {
      ...plainSchema,
      properties: {
        ...plainSchema.properties,
        files: { type: 'array', title: '证明材料', 'x-fz-widget': 'file', maxItems: 5, items: { type: 'object' } },
      },
    };
    const el = await render(schema);
    const picker = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    ['欠条.pdf', '合同.pdf'].forEach((name) => transfer.items.add(new File(['x'], name, { type: 'application/pdf' })));
    picker.files = transfer.files;
    picker.dispatchEvent(new Event('change'));
    await settle(el);
    await tabTo(el, button(el, '删除 欠条.pdf'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)).to.equal(root(el).querySelector('input[type=file]'));
    expect(root(el).querySelector('[role="status"][aria-live]')!.textContent).to.contain('已删除 欠条.pdf');
    expect([...root(el).querySelectorAll('.fz-files li')].map((li) => li.textContent)).to.have.length(1);
  });

  it('in care mode: error-summary links are 44 px targets, placeholders 7:1, inputs line height 1.5', async () => {
    const schema: SchemaObject = {
      ...plainSchema,
      properties: { ...plainSchema.properties, name: { ...(plainSchema.properties!.name as object), 'x-fz-placeholder': '例如：王芳' } },
    };
    const el = await render(schema, true);
    const input = root(el).querySelector<HTMLInputElement>('input[placeholder]')!;
    const placeholder = getComputedStyle(input, '::placeholder');
    expect(contrast(placeholder.color, getComputedStyle(input).backgroundColor)).to.be.at.least(7);
    for (const control of root(el).querySelectorAll('input:not([type=radio]):not([type=checkbox]), textarea')) {
      const style = getComputedStyle(control);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.5);
    }
    await el.validate();
    await settle(el);
    for (const link of root(el).querySelectorAll('.fz-error-summary a')) expect(link.getBoundingClientRect().height).to.be.at.least(44);
  });
});
