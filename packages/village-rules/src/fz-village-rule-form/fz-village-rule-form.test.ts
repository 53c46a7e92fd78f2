import { createChecker, villageRuleSubmissionSchema, type SchemaObject } from '@fazhi/core';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { SUBMISSION_ID, TEN_ARTICLES, allByLabel, button, byLabel, reviewerInit, root, settle, tabTo, textOf, typeText, until, validSubmission } from '../village-rules.fixtures.js';
import type { FzVillageRuleForm } from './fz-village-rule-form.js';
import provincePatterns from '../../test/fixtures/province-patterns.json' with { type: 'json' };

async function render(attrs: { action?: string; precheckSrc?: string } = {}) {
  const el = await fixture<FzVillageRuleForm>(
    html`<fz-village-rule-form autosave="off" action=${attrs.action ?? ''} precheck-src=${attrs.precheckSrc ?? ''}></fz-village-rule-form>`,
  );
  await settle(el);
  return el;
}

const advice = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('.fz-advice')];
const adviceSummaries = (el: HTMLElement) => advice(el).map((a) => textOf(a.querySelector('.fz-advice-summary')));
const stepTitle = (el: HTMLElement) => textOf(root(el).querySelector('.fz-step-title'));
const fieldError = (el: HTMLElement, pointer: string) => textOf(root(el).querySelector(`[data-pointer="${pointer}"] .fz-error`));

/** Tabs to a select and moves down to the option named `name` with the arrow keys. */
async function pick(el: FzVillageRuleForm, label: string, name: string) {
  const box = byLabel<HTMLSelectElement>(el, label);
  await tabTo(el, box);
  for (let i = 0; i < 60 && box.selectedOptions[0]?.textContent !== name; i++) {
    await sendKeys({ press: 'ArrowDown' });
    await settle(el, 1);
  }
  expect(box.selectedOptions[0]?.textContent).to.equal(name);
}

/** Step 1 as a clerk fills it with the keyboard; Enter in the last text box goes on. */
async function fillStepOne(el: FzVillageRuleForm) {
  byLabel(el, '村（社区）名称').focus();
  await typeText('测试村');
  await tabTo(el, byLabel(el, '所属乡镇（街道）'));
  await typeText('某某镇');
  // 所属县 is chosen 省 → 市 → 县 from the national 行政区划, which arrives on demand.
  await until(() => allByLabel(el, '省（自治区、直辖市）').length > 0, 'the national 行政区划');
  await pick(el, '省（自治区、直辖市）', '安徽省');
  await pick(el, '市（州、盟）', '宣城市');
  await pick(el, '县（区、市）', '郎溪县');
  await tabTo(el, byLabel(el, '村规民约'));
  await sendKeys({ press: 'Space' });
  await tabTo(el, byLabel(el, '首次制定'));
  await sendKeys({ press: 'Space' });
  await tabTo(el, byLabel(el, '文件名称'));
  await typeText('测试村村规民约');
  await sendKeys({ press: 'Enter' });
  await settle(el);
  expect(stepTitle(el)).to.equal('条款内容');
}

/** Adds an article with the keyboard: the empty row the list starts with, else the add button and the new row's text box. */
async function addArticle(el: FzVillageRuleForm, text: string) {
  if (allByLabel(el, '条款内容').every((b) => (b as HTMLTextAreaElement).value)) {
    await tabTo(el, button(el, '添加条款'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
  }
  const boxes = allByLabel(el, '条款内容');
  await tabTo(el, boxes[boxes.length - 1]!);
  await typeText(text);
  await settle(el, 1);
}

describe('fz-village-rule-form', () => {
  it('pre-checks each article as it is typed: the fine and the 外嫁女 article are flagged with their basis, as advice', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
    await fillStepOne(el);
    for (const text of TEN_ARTICLES) await addArticle(el, text);

    expect(allByLabel(el, '条款内容').map((b) => (b as HTMLTextAreaElement).value)).to.deep.equal(TEN_ARTICLES);
    const summaries = adviceSummaries(el);
    expect(summaries.filter(Boolean).length).to.equal(2);
    expect(summaries[2]).to.contain('设定罚款等处罚');
    expect(summaries[6]).to.contain('侵害出嫁、离婚、丧偶妇女的权益');

    const fine = advice(el)[2]!;
    expect(textOf(fine)).to.contain('“罚款”');
    expect(textOf(fine.querySelector('.fz-advice-basis'))).to.contain('《中华人民共和国村民委员会组织法》第二十七条');
    expect(textOf(fine.querySelector('.fz-advice-basis'))).to.contain('《中华人民共和国行政处罚法》');
    const women = advice(el)[6]!;
    expect(textOf(women)).to.contain('“外嫁女不再享受”');
    expect(textOf(women.querySelector('.fz-advice-basis'))).to.contain('《中华人民共和国妇女权益保障法》');

    // Advice, not an error: a polite status line tied to the box, no invalid state, no summary.
    const box = allByLabel(el, '条款内容')[2] as HTMLTextAreaElement;
    const summary = fine.querySelector('.fz-advice-summary')!;
    expect(summary.getAttribute('role')).to.equal('status');
    expect(box.getAttribute('aria-describedby')!.split(' ')).to.include(summary.id);
    expect(box.getAttribute('aria-invalid')).to.equal('false');
    expect(root(el).querySelector('.fz-error, .fz-error-summary')).to.equal(null);
    await expect(el).to.be.accessible();

    // Rewording the article clears its advice as the clerk types.
    box.focus();
    box.select();
    await typeText('违反本村规民约的，由村民委员会批评教育。');
    await settle(el, 1);
    expect(adviceSummaries(el)[2]).to.equal('');

    // The flagged 外嫁女 article does not stop the clerk going on.
    await tabTo(el, root(el).querySelector<HTMLButtonElement>('button[type=submit]')!);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(stepTitle(el)).to.equal('制定过程');
  });

  it('can be completed with the keyboard alone, catching votes above attendance, and the reference server files it', async () => {
    const el = await render({ action: '/api/village-rules' });
    await fillStepOne(el);
    for (const text of TEN_ARTICLES.slice(0, 3)) await addArticle(el, text);
    await tabTo(el, root(el).querySelector<HTMLButtonElement>('button[type=submit]')!);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(stepTitle(el)).to.equal('制定过程');

    await tabTo(el, byLabel(el, '开始日期'));
    await typeText('08012026');
    await tabTo(el, byLabel(el, '结束日期'));
    await typeText('08312026');
    await tabTo(el, byLabel(el, '入户走访'));
    await sendKeys({ press: 'Space' });
    await tabTo(el, byLabel(el, '起草单位'));
    await typeText('测试村村民委员会');
    await tabTo(el, byLabel(el, '村民会议'));
    await sendKeys({ press: 'Space' });
    await settle(el, 1);
    await tabTo(el, byLabel(el, '18周岁以上村民参加'));
    await sendKeys({ press: 'Space' });
    await tabTo(el, byLabel(el, '会议日期'));
    await typeText('09202026');
    await tabTo(el, byLabel(el, '应到人数'));
    await typeText('820');
    await tabTo(el, byLabel(el, '实到人数'));
    await typeText('530');
    await tabTo(el, byLabel(el, '赞成票数'));
    await typeText('600');
    await sendKeys({ press: 'Enter' });
    await settle(el);

    // Votes above attendance: the error is on the field, in Chinese, and in the focused summary.
    const message = '赞成票数不能多于实到人数（530）';
    expect(fieldError(el, '/meeting/inFavour')).to.equal(`错误：${message}`);
    expect(byLabel(el, '赞成票数').getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(root(el).querySelector('.fz-error-summary'))).to.contain(message);
    expect(root(el).activeElement).to.equal(root(el).querySelector('.fz-error-summary'));
    expect(fieldError(el, '/meeting/against')).to.equal(''); // reported once, where it must be fixed
    await expect(el).to.be.accessible();

    byLabel(el, '赞成票数').focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await typeText('498');
    await settle(el, 1);
    expect(fieldError(el, '/meeting/inFavour')).to.equal('');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(stepTitle(el)).to.equal('联系人和附件');

    await tabTo(el, byLabel(el, '联系人姓名'));
    await typeText('测试甲');
    await tabTo(el, byLabel(el, '联系电话'));
    await typeText('13800138000');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(root(el).querySelector('.fz-check-title')).to.exist;
    expect(textOf(root(el).querySelector('.fz-check'))).to.contain('违反者罚款200元');

    const submitted = new Promise<CustomEvent>((resolve) => el.addEventListener('fz-submitted', (e) => resolve(e as CustomEvent), { once: true }));
    await tabTo(el, root(el).querySelector<HTMLButtonElement>('button[type=submit]')!);
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    await settle(el);
    expect(detail.receiptNo).to.match(/^CG-\d{8}-\d{6}$/);
    expect(textOf(root(el).querySelector('.fz-receipt-no'))).to.equal(detail.receiptNo);
    expect(textOf(root(el).querySelector('.fz-receipt-note'))).to.contain('合法性审查');
    await expect(el).to.be.accessible();

    const record = await (await fetch(`/api/village-rules/records/${detail.receiptNo}`, await reviewerInit())).json();
    expect(record.data.articles.map((a: { text: string }) => a.text)).to.deep.equal(TEN_ARTICLES.slice(0, 3));
    expect(record.data.meeting).to.deep.include({ entitled: 820, present: 530, inFavour: 498, basis: 'adults' });
  });

  it('refuses votes above attendance on the server with the same message as on the client', async () => {
    const data = validSubmission();
    (data.meeting as Record<string, unknown>).inFavour = 600;
    const clientErrors = createChecker(villageRuleSubmissionSchema as SchemaObject).check(data).errors;
    expect(clientErrors).to.deep.equal([{ pointer: '/meeting/inFavour', code: 'rule.in-favour-not-above-present', message: '赞成票数不能多于实到人数（530）' }]);

    const el = await render();
    el.data = data;
    await el.submit();
    await settle(el);
    expect(fieldError(el, '/meeting/inFavour')).to.equal('错误：赞成票数不能多于实到人数（530）');

    const key = `vr-over-${Date.now()}`;
    const response = await fetch('/api/village-rules', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({ schema: SUBMISSION_ID, data, idempotencyKey: key }),
    });
    expect(response.status).to.equal(422);
    const problem = await response.json();
    expect(problem.errors).to.deep.equal([{ pointer: '/meeting/inFavour', detail: '赞成票数不能多于实到人数（530）', code: 'rule.in-favour-not-above-present' }]);
  });

  it('moves articles up and down with buttons, focus following the moved article', async () => {
    const el = await render();
    el.data = { ...validSubmission(), articles: [{ text: '第一' }, { text: '第二' }, { text: '第三' }] };
    await settle(el);
    await el.focusField('/articles/0/text');
    await settle(el);
    expect(stepTitle(el)).to.equal('条款内容');
    const texts = () => ((el.data as { articles: { text: string }[] }).articles ?? []).map((a) => a.text);

    await tabTo(el, button(el, '上移第 3 项条款'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(texts()).to.deep.equal(['第一', '第三', '第二']);
    expect(root(el).activeElement).to.equal(button(el, '上移第 2 项条款'));

    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(texts()).to.deep.equal(['第三', '第一', '第二']);
    // At the top there is no "up" any more: focus goes to the same article's "down".
    expect(root(el).activeElement).to.equal(button(el, '下移第 1 项条款'));
    expect(root(el).querySelectorAll('button').length).to.be.greaterThan(0);
    expect([...root(el).querySelectorAll('button')].some((b) => textOf(b) === '上移第 1 项条款')).to.equal(false);

    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(texts()).to.deep.equal(['第一', '第三', '第二']);
    await expect(el).to.be.accessible();
  });

  it('lets a province extend the patterns: by property, and from precheck-src', async () => {
    const el = await render();
    el.data = { ...validSubmission(), articles: [{ text: '彩礼超过5万元的交保证金' }, { text: '违反者罚款200元' }] };
    await settle(el);
    await el.focusField('/articles/0/text');
    await settle(el);
    expect(adviceSummaries(el)[0]).to.equal('');
    el.precheckPatterns = [
      { id: 'bride-price', pattern: '彩礼.{0,8}(交|缴|罚)', title: '彩礼与收费、处罚挂钩', explanation: '可以倡导，不能收费或处罚。', basis: '《关于做好村规民约和居民公约工作的指导意见》', level: 'medium' },
      { id: 'penalty', off: true },
    ];
    await settle(el);
    expect(adviceSummaries(el)[0]).to.contain('彩礼与收费、处罚挂钩');
    expect(adviceSummaries(el)[1]).to.equal('');
    expect(textOf(advice(el)[0])).to.contain('建议核实');

    // The province's JSON file as a portal would serve it (a blob URL: the test server turns .json into modules).
    const file = JSON.stringify(provincePatterns);
    const fromFile = await render({ precheckSrc: URL.createObjectURL(new Blob([file], { type: 'application/json' })) });
    fromFile.data = { ...validSubmission(), articles: [{ text: '参加村务会议迟到的记入诚信档案' }] };
    await settle(fromFile);
    await fromFile.focusField('/articles/0/text');
    await until(() => adviceSummaries(fromFile)[0] !== '', 'the province’s pattern list');
    expect(adviceSummaries(fromFile)[0]).to.contain('诚信档案');
  });
});
