import type { SchemaObject } from '@fazhi/core';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzForm } from './fz-form.js';

/** A form someone else wrote: plain JSON Schema, not one x-fz hint. */
const mediation: SchemaObject = {
  $id: 'https://example.org/test/plain-mediation/v1.schema.json',
  title: '人民调解申请',
  type: 'object',
  required: ['name', 'idType', 'idNumber', 'sued', 'story', 'witnesses', 'agree'],
  properties: {
    name: { type: 'string', title: '姓名', minLength: 1 },
    idType: {
      type: 'string',
      title: '证件类型',
      oneOf: [
        { const: 'resident', title: '居民身份证' },
        { const: 'passport', title: '护照' },
      ],
    },
    idNumber: { type: 'string', title: '证件号码', description: '照证件填写。', minLength: 1 },
    sued: { type: 'boolean', title: '您是否已经起诉？' },
    story: { type: 'string', title: '纠纷经过', maxLength: 2000 },
    witnesses: {
      type: 'array',
      title: '证人',
      minItems: 1,
      items: { type: 'object', title: '证人', required: ['witnessName'], properties: { witnessName: { type: 'string', title: '证人姓名', minLength: 1 } } },
    },
    agree: { type: 'boolean', title: '我承诺所填信息真实', const: true },
  },
  allOf: [
    {
      if: { properties: { idType: { const: 'resident' } }, required: ['idType'] },
      then: {
        properties: {
          idNumber: {
            title: '公民身份号码',
            description: '18位，最后一位可能是X。',
            'x-fz-placeholder': '例如 11010519491231002X',
            pattern: '^[0-9]{17}[0-9X]$',
            'x-fz-messages': { pattern: '公民身份号码应为18位' },
          },
        },
      },
    },
    {
      if: { properties: { sued: { const: true } }, required: ['sued'] },
      then: { required: ['court'], properties: { court: { type: 'string', title: '受理法院', minLength: 1 } } },
    },
  ],
};

const root = (el: FzForm) => el.shadowRoot!;
const byLabel = (el: FzForm, text: string): HTMLInputElement => {
  const label = [...root(el).querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no label ${text}`);
  return root(el).getElementById(label.htmlFor) as HTMLInputElement;
};
const group = (el: FzForm, legend: string) =>
  [...root(el).querySelectorAll('fieldset')].find((f) => f.querySelector(':scope > legend')?.textContent!.trim().startsWith(legend));
const errorOf = (el: FzForm, pointer: string) => root(el).querySelector(`[data-pointer="${pointer}"] .fz-error`)?.textContent?.replace('错误：', '');
/** Fields in page order, by pointer (the outermost element of each). */
const fieldOrder = (el: FzForm) => [...root(el).querySelectorAll<HTMLElement>('[data-pointer]')].map((e) => e.dataset.pointer!);

async function render(schema: SchemaObject = mediation) {
  sessionStorage.clear();
  const el = await fixture<FzForm>(html`<fz-form .schema=${schema} autosave="off"></fz-form>`);
  await el.updateComplete;
  return el;
}

/** Presses Tab (Shift+Tab for a control above the focus) until `target` has focus. */
async function tabTo(el: FzForm, target: Element) {
  const active = root(el).activeElement;
  const back = !!active && !!(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (back) await sendKeys({ down: 'Shift' });
  for (let i = 0; i < 40 && root(el).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  if (back) await sendKeys({ up: 'Shift' });
  expect(root(el).activeElement).to.equal(target);
}

async function typeInto(el: FzForm, label: string, text: string) {
  byLabel(el, label).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('fz-form with a plain schema written elsewhere', () => {
  it('asks a yes/no question as 是/否 radios in a fieldset, operated by keyboard and stored as true/false', async () => {
    const el = await render();
    const question = group(el, '您是否已经起诉？');
    expect(question, 'a fieldset whose legend is the question').to.exist;
    const yes = byLabel(el, '是');
    const no = byLabel(el, '否');
    expect([yes.type, no.type]).to.deep.equal(['radio', 'radio']);
    expect(question!.contains(yes) && question!.contains(no)).to.equal(true);
    // The consent stays a single checkbox.
    expect(byLabel(el, '我承诺所填信息真实').type).to.equal('checkbox');

    await tabTo(el, yes);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect((el.data as { sued?: boolean }).sued).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(byLabel(el, '否'));
    expect((el.data as { sued?: boolean }).sued).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says 请选择 when the yes/no question is left unanswered', async () => {
    const el = await render();
    await el.validate();
    await el.updateComplete;
    expect(errorOf(el, '/sued')).to.equal('请选择您是否已经起诉？');
  });

  it('reveals a conditional field right after the question that controls it, and Tab goes there next', async () => {
    const el = await render();
    const yes = byLabel(el, '是');
    await tabTo(el, yes);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const order = fieldOrder(el);
    expect(order.indexOf('/court')).to.equal(order.indexOf('/sued') + 1);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(byLabel(el, '受理法院'));
    await sendKeys({ type: '杭州市西湖区人民法院' });
    await el.updateComplete;
    expect((el.data as { court?: string }).court).to.equal('杭州市西湖区人民法院');
  });

  it('puts a field two questions reveal below the first of them in the schema, and keeps focus on the one answered', async () => {
    const question = (title: string): SchemaObject => ({ type: 'boolean', title });
    const el = await render({
      $id: 'https://example.org/test/plain-move/v1.schema.json',
      type: 'object',
      properties: { a: question('是否有工伤'), b: question('是否签订劳动合同'), c: question('是否被拖欠工资') },
      allOf: [
        { if: { properties: { a: { const: true } }, required: ['a'] }, then: { properties: { detail: { type: 'string', title: '具体情况' } } } },
        { if: { properties: { c: { const: true } }, required: ['c'] }, then: { properties: { detail: { type: 'string', title: '具体情况' } } } },
      ],
    });
    const yes = (legend: string) => group(el, legend)!.querySelector<HTMLInputElement>('input[type=radio]')!;
    // Answering the later question inserts the field above it: focus stays on the answer given.
    await tabTo(el, yes('是否被拖欠工资'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(fieldOrder(el)).to.deep.equal(['/a', '/detail', '/b', '/c']);
    expect(yes('是否被拖欠工资').checked).to.equal(true);
    expect(root(el).activeElement).to.equal(yes('是否被拖欠工资'));
    // Answering the first question too leaves the field where it is.
    await tabTo(el, yes('是否有工伤'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(fieldOrder(el)).to.deep.equal(['/a', '/detail', '/b', '/c']);
    expect(el.data).to.deep.equal({ a: true, c: true });
  });

  it('applies a then-branch hint, title, placeholder and message to the shown field while the branch applies', async () => {
    const el = await render();
    const hintOf = (input: HTMLInputElement) =>
      (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => root(el).getElementById(id)?.textContent ?? '').join(' ');
    expect(hintOf(byLabel(el, '证件号码'))).to.contain('照证件填写。');
    byLabel(el, '居民身份证').click();
    await el.updateComplete;
    const id = byLabel(el, '公民身份号码');
    expect(hintOf(id)).to.contain('18位，最后一位可能是X。');
    expect(id.placeholder).to.equal('例如 11010519491231002X');
    await typeInto(el, '公民身份号码', '12345');
    await el.validate();
    await el.updateComplete;
    expect(errorOf(el, '/idNumber')).to.equal('公民身份号码应为18位');
    byLabel(el, '护照').click();
    await el.updateComplete;
    expect(hintOf(byLabel(el, '证件号码'))).to.contain('照证件填写。');
    expect(byLabel(el, '证件号码').placeholder).to.equal('');
  });

  it('gives a long free-text answer a text area', async () => {
    const el = await render();
    expect(byLabel(el, '纠纷经过').tagName).to.equal('TEXTAREA');
    expect(byLabel(el, '姓名').tagName).to.equal('INPUT');
  });

  it('starts a required list with as many rows as it needs', async () => {
    const el = await render();
    expect(root(el).querySelectorAll('.fz-row').length).to.equal(1);
    await typeInto(el, '证人姓名', '李四');
    expect((el.data as { witnesses?: unknown }).witnesses).to.deep.equal([{ witnessName: '李四' }]);
  });

  it('is filled and submitted by a citizen with the keyboard', async () => {
    const el = await render();
    let sent: unknown;
    el.addEventListener('fz-submit', (e) => {
      const detail = (e as CustomEvent).detail;
      sent = detail.data;
      detail.respondWith(Promise.resolve(new Response(JSON.stringify({ receiptNo: 'T-1', receivedAt: '2026-12-08T01:00:00Z' }), { status: 201, headers: { 'content-type': 'application/json' } })));
    });
    await typeInto(el, '姓名', '王五');
    byLabel(el, '护照').click();
    await typeInto(el, '证件号码', 'E12345678');
    // Tab reaches the first radio of an unanswered group; the arrow keys choose within it.
    await tabTo(el, byLabel(el, '是'));
    await sendKeys({ press: 'ArrowDown' });
    await typeInto(el, '纠纷经过', '邻居占用通道。');
    await typeInto(el, '证人姓名', '李四');
    await tabTo(el, byLabel(el, '我承诺所填信息真实'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(root(el).querySelector('.fz-error-summary')).to.equal(null);
    expect(sent).to.deep.equal({ name: '王五', idType: 'passport', idNumber: 'E12345678', sued: false, story: '邻居占用通道。', witnesses: [{ witnessName: '李四' }], agree: true });
  });

  it('ignores an annotation that is not text, falls back to the key and warns naming the pointer', async () => {
    const lit = { _$litType$: 1, strings: ['<b>x</b>'], values: [] };
    const schema = {
      $id: 'https://example.org/test/plain-lit/v1.schema.json',
      title: lit,
      type: 'object',
      'x-fz-steps': [{ title: lit, fields: ['name', 'kind'] }],
      properties: {
        name: { type: 'string', title: lit, description: lit, 'x-fz-help': lit, 'x-fz-placeholder': lit },
        kind: { type: 'string', title: '类型', oneOf: [{ const: 'a', title: lit }, { const: 'b', title: '乙', description: lit }] },
        group: { type: 'object', title: lit, description: lit, properties: { inner: { type: 'string', title: '内层' } } },
      },
    } as unknown as SchemaObject;
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const el = await render(schema);
      expect(byLabel(el, 'name').tagName).to.equal('INPUT');
      expect(byLabel(el, 'a').type).to.equal('radio');
      expect(byLabel(el, '乙').type).to.equal('radio');
      expect(byLabel(el, '内层').tagName).to.equal('INPUT');
      expect(root(el).textContent).not.to.contain('object');
      expect(warned).to.include('fazhi: the title at /name is not text; it is ignored');
      expect(warned).to.include('fazhi: the title of option 1 at /kind is not text; it is ignored');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
