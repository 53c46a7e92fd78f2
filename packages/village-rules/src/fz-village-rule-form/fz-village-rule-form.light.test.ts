import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { settle, textOf, typeText, validSubmission } from '../village-rules.fixtures.js';
import type { FzVillageRuleForm } from './fz-village-rule-form.js';

// render-root="light": the clerk's form rendered into the element itself, for read-aloud toolbars.

const byLabel = (el: HTMLElement, text: string, index = 0) => {
  const label = [...el.querySelectorAll('label')].filter((l) => l.textContent!.trim().startsWith(text))[index];
  if (!label) throw new Error(`no label ${text}`);
  return document.getElementById(label.htmlFor) as HTMLInputElement;
};

async function tabTo(target: Element) {
  for (let i = 0; i < 80 && document.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(document.activeElement).to.equal(target);
}

describe('fz-village-rule-form render-root="light"', () => {
  it('renders into the element, stops on a missing answer with a focused summary, and pre-checks an article as it is typed', async () => {
    const el = await fixture<FzVillageRuleForm>(html`<fz-village-rule-form render-root="light" autosave="off"></fz-village-rule-form>`);
    await settle(el);
    expect(el.shadowRoot === null, 'no shadow root').to.equal(true);
    expect(el.querySelector('form')).to.exist;
    await expect(el).to.be.accessible();

    byLabel(el, '村（社区）名称').focus();
    await typeText('测试村');
    await tabTo(el.querySelector('button[type=submit]')!);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const summary = el.querySelector('.fz-error-summary')!;
    expect(document.activeElement).to.equal(summary);
    const town = byLabel(el, '所属乡镇（街道）');
    expect(document.getElementById(town.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).to.contain('请填写');
    await expect(el).to.be.accessible();

    // The rest of step 1 as filed before; the articles are typed below.
    const { articles: _, ...filed } = validSubmission();
    el.data = filed;
    await settle(el);
    await tabTo(el.querySelector('button[type=submit]')!);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(textOf(el.querySelector('.fz-step-title'))).to.equal('条款内容');
    const add = [...el.querySelectorAll('button')].find((b) => textOf(b).includes('添加条款'))!;
    await tabTo(add);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const box = byLabel(el, '条款内容');
    await tabTo(box);
    await typeText('违反者罚款200元');
    await settle(el, 1);
    const advice = el.querySelector('.fz-advice-summary')!;
    expect(textOf(advice)).to.contain('设定罚款等处罚');
    expect(box.getAttribute('aria-describedby')!.split(' ')).to.include(advice.id);
    expect(document.getElementById(advice.id)).to.equal(advice);
    await expect(el).to.be.accessible();
  });
});
