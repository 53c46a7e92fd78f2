import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { FzForm } from './fz-form.js';
import { plainSchema, stepSchema } from './fz-form.fixtures.js';

const root = (el: FzForm) => el.shadowRoot!;
const byLabel = (el: FzForm, text: string): HTMLInputElement => {
  const label = [...root(el).querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no label ${text}`);
  return root(el).getElementById(label.htmlFor) as HTMLInputElement;
};
const summaryLinks = (el: FzForm) => [...root(el).querySelectorAll('.fz-error-summary a')].map((a) => a.textContent!.trim());

async function typeInto(el: FzForm, label: string, text: string) {
  byLabel(el, label).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Presses Tab (as a keyboard user would) until `target` has focus; fails after 40 presses. */
async function tabTo(el: FzForm, target: Element) {
  for (let i = 0; i < 40 && root(el).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(root(el).activeElement).to.equal(target);
}

async function render(schema = plainSchema, attrs = '') {
  sessionStorage.clear();
  const el = await fixture<FzForm>(html`<fz-form .schema=${schema} autosave="off"></fz-form>`);
  if (attrs) el.setAttribute(attrs, '');
  await el.updateComplete;
  return el;
}

async function clickSubmit(el: FzForm) {
  root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

describe('fz-form', () => {
  it('renders a plain schema as labelled fields with hints, sections, choices and a consent box', async () => {
    const el = await render();
    expect(byLabel(el, '姓名').tagName).to.equal('INPUT');
    expect(byLabel(el, '年龄').getAttribute('inputmode')).to.equal('numeric');
    expect(byLabel(el, '出生日期').type).to.equal('date');
    expect(root(el).querySelector('legend')!.textContent).to.contain('申请类型');
    expect(byLabel(el, '法律咨询').type).to.equal('radio');
    expect(byLabel(el, '我承诺所填信息真实').type).to.equal('checkbox');
    expect(root(el).textContent).to.contain('如有虚假，愿承担法律责任。');
    const detail = byLabel(el, '详细地址');
    expect(root(el).getElementById(detail.getAttribute('aria-describedby')!)!.textContent).to.equal('写到门牌号');
    // The branch-only field appears only while its condition holds.
    expect(root(el).textContent).not.to.contain('案号');
    await expect(el).to.be.accessible();
  });

  it('lists every required field in a focused error summary when submitted empty', async () => {
    const el = await render();
    await clickSubmit(el);
    expect(summaryLinks(el)).to.deep.equal(['请填写姓名', '请填写联系电话', '请选择申请类型', '请填写详细地址', '请勾选我承诺所填信息真实']);
    const summary = root(el).querySelector('.fz-error-summary')!;
    expect(root(el).activeElement).to.equal(summary);
    expect(byLabel(el, '姓名').getAttribute('aria-invalid')).to.equal('true');
    const described = byLabel(el, '姓名').getAttribute('aria-describedby')!;
    expect(root(el).getElementById(described)!.textContent).to.contain('请填写姓名');
    await expect(el).to.be.accessible();
  });

  it('moves focus to the field when a summary link is followed', async () => {
    const el = await render();
    await clickSubmit(el);
    root(el).querySelectorAll<HTMLAnchorElement>('.fz-error-summary a')[3]!.click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(byLabel(el, '详细地址'));
  });

  it('updates errors live only for fields already in error, and keeps every answer', async () => {
    const el = await render();
    await typeInto(el, '联系电话', '1381234');
    expect(root(el).querySelector('.fz-error')).to.equal(null); // no error before the first submit
    await clickSubmit(el);
    expect(summaryLinks(el)).to.include('联系电话应为11位手机号码');
    expect(byLabel(el, '联系电话').value).to.equal('1381234');
    await typeInto(el, '联系电话', '5678');
    expect(summaryLinks(el)).not.to.include('联系电话应为11位手机号码');
    expect(root(el).querySelector('[data-pointer="/phone"] .fz-error')).to.equal(null);
  });

  it('shows a branch-only field while its condition holds and does not submit it when hidden', async () => {
    const el = await render();
    byLabel(el, '诉讼代理').click();
    await el.updateComplete;
    await typeInto(el, '案号', '（2026）浙0102民初1号');
    expect((el.data as Record<string, unknown>).caseNo).to.equal('（2026）浙0102民初1号');
    byLabel(el, '法律咨询').click();
    await el.updateComplete;
    expect(root(el).textContent).not.to.contain('案号');
    expect(el.data as Record<string, unknown>).not.to.have.property('caseNo');
    // Switching back restores what was typed: hidden answers are left out, not thrown away.
    byLabel(el, '诉讼代理').click();
    await el.updateComplete;
    expect(byLabel(el, '案号').value).to.equal('（2026）浙0102民初1号');
  });

  it('adds and removes repeatable rows, with focus following', async () => {
    const el = await render();
    const add = () => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('添加家庭成员'))!;
    add().click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(byLabel(el, '成员姓名'));
    await sendKeys({ type: '李四' });
    add().click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.fz-row').length).to.equal(2);
    const remove = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('删除第 2 项'))!;
    remove.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.fz-row').length).to.equal(1);
    expect(el.data).to.deep.include({ members: [{ memberName: '李四' }] });
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await render();
    const submitted = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('fz-submit', (e) => {
        e.preventDefault();
        resolve(e as CustomEvent);
      }),
    );
    byLabel(el, '姓名').focus();
    await sendKeys({ type: '王五' });
    await tabTo(el, byLabel(el, '联系电话'));
    await sendKeys({ type: '13812345678' });
    await tabTo(el, byLabel(el, '法律咨询'));
    await sendKeys({ press: 'Space' });
    await tabTo(el, byLabel(el, '详细地址'));
    await sendKeys({ type: '浙江省杭州市西湖区文三路1号' });
    await tabTo(el, byLabel(el, '我承诺所填信息真实'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    const event = await submitted;
    expect(event.detail.data).to.deep.equal({
      name: '王五',
      phone: '13812345678',
      kind: 'consult',
      address: { detail: '浙江省杭州市西湖区文三路1号' },
      agree: true,
    });
  });

  it('walks steps: next checks only the step, back keeps answers, check-answers changes go back', async () => {
    const el = await render(stepSchema);
    expect(root(el).querySelector('.fz-progress')!.textContent).to.contain('第 1 步，共 2 步');
    await clickSubmit(el);
    expect(summaryLinks(el)).to.deep.equal(['请填写姓名']);
    await typeInto(el, '姓名', '赵六');
    const step = oneEvent(el, 'fz-step');
    await clickSubmit(el);
    expect((await step).detail.id).to.equal('what');
    expect(root(el).querySelector('.fz-step-title')!.textContent).to.equal('申请事项');
    await typeInto(el, '申请理由', '讨薪');
    expect(root(el).querySelector('.fz-count')!.textContent).to.contain('还可输入 198 个字');
    root(el).querySelector<HTMLButtonElement>('.fz-actions button')!.click(); // back
    await el.updateComplete;
    expect(byLabel(el, '姓名').value).to.equal('赵六');
    await clickSubmit(el);
    await clickSubmit(el);
    expect(root(el).querySelector('.fz-check-title')).to.exist;
    expect(root(el).querySelector('.fz-answers')!.textContent).to.contain('赵六');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.fz-answer-change button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(byLabel(el, '姓名'));
  });

  it('switches its own texts and validation messages to English with locale="en", loading them first', async () => {
    const el = await render();
    el.locale = 'en';
    await el.updateComplete; // includes the download of the English texts
    expect(root(el).querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Submit');
    await clickSubmit(el);
    expect(root(el).querySelector('.fz-error-summary-title')!.textContent).to.equal('There is a problem');
    expect(summaryLinks(el)).to.deep.equal(['Enter 姓名', 'Enter 联系电话', 'Select 申请类型', 'Enter 详细地址', 'Tick 我承诺所填信息真实']);
    await expect(el).to.be.accessible();
  });

  it('rewords the errors on show when locale changes, and back', async () => {
    const el = await render();
    await clickSubmit(el);
    expect(summaryLinks(el)[0]).to.equal('请填写姓名');
    el.locale = 'en';
    await el.updateComplete;
    expect(summaryLinks(el)[0]).to.equal('Enter 姓名');
    expect(root(el).querySelector('[data-pointer="/name"] .fz-error')!.textContent).to.contain('Enter 姓名');
    el.locale = 'zh-CN';
    await el.updateComplete;
    expect(summaryLinks(el)[0]).to.equal('请填写姓名');
    expect(root(el).querySelector('[data-pointer="/name"] .fz-error')!.textContent).to.contain('请填写姓名');
  });

  it('keeps body text at 16px or more under a hostile portal stylesheet, and large in care mode', async () => {
    const style = document.createElement('style');
    style.textContent = 'html{font-size:10px} body{line-height:1;color:#999} label{display:none} input{border:0}';
    document.head.append(style);
    try {
      const el = await render();
      const label = root(el).querySelector('label')!;
      expect(getComputedStyle(label).display).not.to.equal('none');
      expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(16);
      expect(getComputedStyle(byLabel(el, '姓名')).borderTopWidth).not.to.equal('0px');
      el.careMode = true;
      await el.updateComplete;
      expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(18);
      const lineHeight = parseFloat(getComputedStyle(label).lineHeight) / parseFloat(getComputedStyle(label).fontSize);
      expect(lineHeight).to.be.at.least(1.5);
      expect(byLabel(el, '姓名').getBoundingClientRect().height).to.be.at.least(44);
      expect(byLabel(el, '法律咨询').getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });

  it('resets every answer', async () => {
    const el = await render();
    await typeInto(el, '姓名', '钱七');
    el.reset();
    await el.updateComplete;
    expect(byLabel(el, '姓名').value).to.equal('');
    expect(el.data).not.to.have.property('name');
  });

  it('asks before clearing every answer, and keeps them when the citizen says no', async () => {
    const el = await render();
    await typeInto(el, '姓名', '孙八');
    const clear = () => root(el).querySelector<HTMLButtonElement>('.fz-clear')!;
    clear().click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('.fz-clear-confirm')!.textContent).to.contain('确定要清除');
    expect(root(el).activeElement!.textContent).to.contain('确定清除');
    await expect(el).to.be.accessible();
    [...root(el).querySelectorAll<HTMLButtonElement>('.fz-clear-confirm button')].find((b) => b.textContent!.includes('不清除'))!.click();
    await el.updateComplete;
    expect(byLabel(el, '姓名').value).to.equal('孙八');
    clear().click();
    await el.updateComplete;
    [...root(el).querySelectorAll<HTMLButtonElement>('.fz-clear-confirm button')].find((b) => b.textContent!.includes('确定清除'))!.click();
    await el.updateComplete;
    expect(byLabel(el, '姓名').value).to.equal('');
  });

  it('hands a portal that sends the request itself the data, the schema id and the idempotency key', async () => {
    const el = await render();
    el.action = '/never-called';
    el.data = { name: '周九', phone: '13812345678', kind: 'consult', address: { detail: '某某县城关镇1号' }, agree: true };
    await el.updateComplete;
    const seen = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('fz-submit', (e) => {
        const event = e as CustomEvent;
        event.detail.respondWith(Promise.resolve(Response.json({ receiptNo: 'PORTAL-1', receivedAt: '2026-11-24T08:00:00Z' }, { status: 201 })));
        resolve(event);
      }),
    );
    const outcome = await el.submit();
    const { detail } = await seen;
    expect(detail.schema).to.equal(plainSchema.$id);
    expect(detail.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(outcome).to.deep.include({ kind: 'success', receiptNo: 'PORTAL-1' });
    await el.updateComplete;
    expect(root(el).querySelector('.fz-receipt-no')!.textContent).to.equal('PORTAL-1');
  });

  it('restores a draft after a reload but not attachment entries whose files are gone, and says so', async () => {
    sessionStorage.clear();
    const draft = { name: '吴十', members: [{ memberName: '吴一' }], files: [{ id: 'a1', name: '证明.pdf', size: 10, type: 'application/pdf' }] };
    sessionStorage.setItem(`fz-draft:${plainSchema.$id}`, JSON.stringify({ v: 1, data: draft, savedAt: Date.now() }));
    const el = await fixture<FzForm>(html`<fz-form .schema=${plainSchema}></fz-form>`);
    await el.updateComplete;
    expect(byLabel(el, '姓名').value).to.equal('吴十');
    expect(el.data).not.to.have.property('files');
    expect(root(el).querySelector('.fz-draft-note')!.textContent).to.contain('附件不会被保存');
    el.locale = 'en';
    await el.updateComplete;
    expect(root(el).querySelector('.fz-draft-note')!.textContent).to.contain('We restored the answers');
    sessionStorage.clear();
  });
});
