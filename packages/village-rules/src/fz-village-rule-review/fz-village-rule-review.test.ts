import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { SUBMISSION_ID, TEN_ARTICLES, allByLabel, button, byLabel, reviewerInit, root, settle, tabTo, textOf, typeText, until, validSubmission } from '../village-rules.fixtures.js';
import type { FzVillageRuleReview } from './fz-village-rule-review.js';

/** Files a submission with the reference server, as the clerk's form would. */
async function fileSubmission(): Promise<string> {
  const key = `vr-sub-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const response = await fetch('/api/village-rules', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ schema: SUBMISSION_ID, data: validSubmission(), idempotencyKey: key }),
  });
  expect(response.status).to.equal(201);
  return (await response.json()).receiptNo;
}

/** The review as a reviewer opens it: signed in (the reviewer token in `.requestInit`). */
async function render(recordSrc: string, action = '/api/village-rules/reviews') {
  const init = await reviewerInit();
  const el = await fixture<FzVillageRuleReview>(
    html`<fz-village-rule-review record-src=${recordSrc} action=${action} autosave="off" .requestInit=${init}>
      <p>如无法使用，请填写纸质审查意见书。</p>
    </fz-village-rule-review>`,
  );
  await until(() => !!root(el).querySelector('.fz-record') || !!root(el).querySelector('.fz-notice--failed'), 'the record');
  await settle(el);
  return el;
}

const stepTitle = (el: HTMLElement) => textOf(root(el).querySelector('.fz-step-title'));
const article = (el: HTMLElement, no: number) =>
  [...root(el).querySelectorAll<HTMLElement>('.fz-article')].find((a) => textOf(a.querySelector('.fz-article-heading')) === `第 ${no} 条`)!;
const checkedRadio = (scope: HTMLElement) => scope.querySelector<HTMLInputElement>('fieldset input[type=radio]:checked')!;

async function next(el: FzVillageRuleReview) {
  await tabTo(el, root(el).querySelector<HTMLButtonElement>('button[type=submit]')!);
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('fz-village-rule-review', () => {
  it('a reviewer gives opinions on the flagged articles and a conclusion with the keyboard; the server stores the review linked to the submission', async () => {
    const receiptNo = await fileSubmission();
    const tag = `vr-review-${Date.now()}`;
    const el = await render(`/api/village-rules/records/${receiptNo}`, `/api/village-rules/reviews?fz-tag=${tag}`);

    // Step 1: what was filed, and the procedure checks.
    expect(stepTitle(el)).to.equal('程序审查');
    const facts = textOf(root(el).querySelector('.fz-record'));
    expect(facts).to.contain(receiptNo);
    expect(facts).to.contain('测试村村规民约');
    expect(facts).to.contain('村民会议，18周岁以上村民参加，2026-09-20');
    expect(facts).to.contain('应到 820，实到 530（其中妇女 210），赞成 498，反对 12，弃权 20');
    expect(facts).to.contain('共 10 条');
    expect(byLabel(el, '审查申请编号').value).to.equal(receiptNo);
    expect(byLabel(el, '审查申请编号').readOnly).to.equal(true);
    await expect(el).to.be.accessible();

    const yes = allByLabel(el, '符合');
    expect(yes.length).to.equal(5);
    for (const radio of yes) {
      await tabTo(el, radio);
      await sendKeys({ press: 'Space' });
    }
    await settle(el, 1);
    await next(el);

    // Step 2: every article with its pre-check flags; opinions on the flagged ones.
    expect(stepTitle(el)).to.equal('条款审查');
    expect(textOf(root(el).querySelector('.fz-opinions-flagged'))).to.equal('自动预审发现 2 条可能有问题：第 3 条、第 7 条。');
    expect(textOf(article(el, 3).querySelector('.fz-article-text'))).to.equal('违反者罚款200元');
    expect(textOf(article(el, 3).querySelector('.fz-advice-list'))).to.contain('《中华人民共和国行政处罚法》');
    expect(textOf(article(el, 7).querySelector('.fz-advice-list'))).to.contain('《中华人民共和国妇女权益保障法》');
    expect(article(el, 1).querySelector('.fz-advice-list')).to.equal(null);
    await expect(el).to.be.accessible();

    // 第 1 条: 合法 (one arrow from "暂不提出意见").
    await tabTo(el, checkedRadio(article(el, 1)));
    await sendKeys({ press: 'ArrowDown' });
    await settle(el, 1);
    // 第 3 条: 应当删除, with the pre-check's issue and basis filled in and the reviewer's reason.
    await tabTo(el, checkedRadio(article(el, 3)));
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    await settle(el, 1);
    expect(textOf(checkedRadio(article(el, 3)).labels![0])).to.equal('应当删除');
    const issue3 = article(el, 3).querySelector('select')!;
    expect(textOf(issue3.selectedOptions[0])).to.equal('设定罚款、扣发分红补贴等处罚');
    // Up to 500 characters: a text area.
    expect((article(el, 3).querySelector('textarea[name$="/legalBasis"]') as HTMLTextAreaElement).value).to.contain('行政处罚法');
    await tabTo(el, article(el, 3).querySelector('textarea[name$="/reason"]')!);
    await typeText('村规民约不能设定罚款。');
    // 第 7 条: 建议修改, with a suggested text.
    await tabTo(el, checkedRadio(article(el, 7)));
    for (let i = 0; i < 2; i++) await sendKeys({ press: 'ArrowDown' });
    await settle(el, 1);
    await tabTo(el, article(el, 7).querySelector('textarea[name$="/reason"]')!);
    await typeText('不得以外嫁为由取消妇女的集体收益分配权。');
    await tabTo(el, article(el, 7).querySelector('textarea[name$="/suggestedText"]')!);
    await typeText('出嫁女与其他村民平等享有集体收益分配权利。');
    await settle(el, 1);
    await expect(el).to.be.accessible();
    await next(el);

    // Step 3: conclusion and reviewer.
    expect(stepTitle(el)).to.equal('审查结论');
    await tabTo(el, byLabel(el, '合法，同意备案'));
    await sendKeys({ press: 'ArrowDown' });
    await settle(el, 1);
    await tabTo(el, byLabel(el, '结论说明'));
    await typeText('请按第3条、第7条的审查意见修改后再提交村民会议表决并备案。');
    await tabTo(el, byLabel(el, '审查单位'));
    await typeText('某某县司法局某某司法所');
    await tabTo(el, byLabel(el, '审查单位类别'));
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(el, byLabel(el, '审查人'));
    await typeText('测试丙');
    await settle(el, 1);
    expect(byLabel(el, '审查日期').value).to.match(/^\d{4}-\d{2}-\d{2}$/);
    await next(el);
    expect(root(el).querySelector('.fz-check-title')).to.exist;

    const submitted = new Promise<CustomEvent>((resolve) => el.addEventListener('fz-submitted', (e) => resolve(e as CustomEvent), { once: true }));
    await tabTo(el, root(el).querySelector<HTMLButtonElement>('button[type=submit]')!);
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    await settle(el);
    expect(detail.receiptNo).to.match(/^SC-\d{8}-\d{6}$/);
    expect(textOf(root(el).querySelector('.fz-receipt-note'))).to.contain(receiptNo);
    await expect(el).to.be.accessible();

    // Stored, and linked: the submission's record lists the review.
    const [row] = await (await fetch(`/__fz-test/stored?tag=${tag}`)).json();
    expect(row.form).to.equal('village-rule-review');
    expect(row.data.submissionId).to.equal(receiptNo);
    expect(row.data.conclusion).to.equal('revise');
    expect(row.data.reviewer).to.deep.equal({ org: '某某县司法局某某司法所', role: 'judicial-office', name: '测试丙' });
    expect(row.data.procedureFindings).to.have.length(5);
    expect(row.data.procedureFindings.every((f: { ok: boolean }) => f.ok === true)).to.equal(true);
    expect(row.data.articleOpinions.map((o: { articleNo: number; opinion: string }) => [o.articleNo, o.opinion])).to.deep.equal([
      [1, 'lawful'],
      [3, 'delete'],
      [7, 'revise'],
    ]);
    expect(row.data.articleOpinions[1]).to.deep.include({ issue: 'penalty', reason: '村规民约不能设定罚款。' });
    expect(row.data.articleOpinions[1].legalBasis).to.contain('行政处罚法');
    expect(row.data.articleOpinions[2]).to.deep.include({ issue: 'women', suggestedText: '出嫁女与其他村民平等享有集体收益分配权利。' });
    const record = await (await fetch(`/api/village-rules/records/${receiptNo}`, await reviewerInit())).json();
    expect(record.reviews).to.deep.equal([{ receiptNo: detail.receiptNo, receivedAt: row.created_at, conclusion: 'revise' }]);
  });

  it('asks for a reason when an article is to be changed, and a 不符合 finding needs a note', async () => {
    const receiptNo = await fileSubmission();
    const el = await render(`/api/village-rules/records/${receiptNo}`);
    const no = allByLabel(el, '不符合')[2]!; // 到会人数是否符合法定要求
    no.click();
    await settle(el, 1);
    await el.validate();
    await settle(el);
    expect(textOf(root(el).querySelector('.fz-error-summary'))).to.contain('请填写说明');
    await expect(el).to.be.accessible();

    await el.focusField('/articleOpinions');
    await settle(el);
    const radios = article(el, 3).querySelectorAll<HTMLInputElement>('input[type=radio]');
    radios[2]!.click(); // 建议修改
    await settle(el, 1);
    radios[1]!.click(); // 合法: the details go away, and are not submitted
    await settle(el, 1);
    expect(article(el, 3).querySelector('textarea')).to.equal(null);
    expect((el.data as { articleOpinions: unknown[] }).articleOpinions).to.deep.equal([{ articleNo: 3, opinion: 'lawful' }]);
    radios[3]!.click(); // 应当删除
    await settle(el, 1);
    (article(el, 3).querySelector('select') as HTMLSelectElement).value = '-1';
    article(el, 3).querySelector('select')!.dispatchEvent(new Event('change'));
    await settle(el, 1);
    await el.validate();
    await settle(el);
    const summary = textOf(root(el).querySelector('.fz-error-summary'));
    expect(summary).to.contain('请填写理由');
    expect(summary).to.contain('请选择问题类型');
    radios[0]!.click(); // 暂不提出意见: the row goes
    await settle(el, 1);
    expect((el.data as Record<string, unknown>).articleOpinions).to.equal(undefined);
  });

  it('shows the server’s refusal of a review for a submission it never filed, on the field', async () => {
    const el = await fixture<FzVillageRuleReview>(html`<fz-village-rule-review action="/api/village-rules/reviews" autosave="off" .requestInit=${await reviewerInit()}></fz-village-rule-review>`);
    el.record = { receiptNo: 'CG-20200101-999999', receivedAt: '2020-01-01T09:00:00+08:00', data: validSubmission() as never };
    await settle(el);
    el.data = {
      ...(el.data as object),
      procedureFindings: [{ check: 'quorum', ok: true }],
      conclusion: 'approve',
      reviewer: { org: '某某县司法局某某司法所', role: 'judicial-office', name: '测试丙' },
    };
    await settle(el);
    const outcome = await el.submit();
    await settle(el);
    expect(outcome?.kind).to.equal('invalid');
    const error = textOf(root(el).querySelector('[data-pointer="/submissionId"] .fz-error'));
    expect(error).to.contain('没有找到回执编号为“CG-20200101-999999”的村规民约（居民公约）合法性审查申请');
    expect(byLabel(el, '审查申请编号').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('without a valid reviewer token: 请先登录 for the record, and a refused review keeps every answer', async () => {
    const receiptNo = await fileSubmission();
    const tag = `vr-auth-${Date.now()}`;
    const events: number[] = [];
    const el = await fixture<FzVillageRuleReview>(
      html`<fz-village-rule-review record-src=${`/api/village-rules/records/${receiptNo}`} action=${`/api/village-rules/reviews?fz-tag=${tag}`} autosave="off"
        @fz-auth-required=${(e: CustomEvent<{ status: number }>) => events.push(e.detail.status)}>
        <p>如无法使用，请填写纸质审查意见书。</p>
      </fz-village-rule-review>`,
    );
    // Not signed in: the server refuses the record; the element says so and keeps the fallback.
    await until(() => !!root(el).querySelector('.fz-notice--failed'), 'the refusal');
    const notice = root(el).querySelector('.fz-notice--failed')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(textOf(notice)).to.equal('请先登录后再查看要审查的村规民约。');
    expect(events).to.deep.equal([401]);
    await expect(el).to.be.accessible();

    // Signed in (the portal sets the token): the record loads.
    el.requestInit = await reviewerInit();
    await until(() => !!root(el).querySelector('.fz-record'), 'the record');
    await settle(el);
    expect(textOf(root(el).querySelector('.fz-record'))).to.contain(receiptNo);

    // The token lapses before the review is sent: 401, a plain message, every answer kept.
    el.requestInit = { headers: { Authorization: 'Bearer lapsed-token-0123456789' } };
    const answers = {
      ...(el.data as object),
      procedureFindings: [{ check: 'quorum', ok: true }],
      conclusion: 'approve',
      reviewer: { org: '某某县司法局某某司法所', role: 'judicial-office', name: '测试丙' },
    };
    el.data = answers;
    await settle(el);
    const outcome = await el.submit();
    await settle(el);
    expect(outcome?.kind).to.equal('auth');
    expect(events).to.deep.equal([401, 401]);
    expect(textOf(root(el).querySelector('.fz-notice--auth'))).to.equal('您需要先登录才能提交。您填写的内容都还在，登录后可继续提交。');
    expect(el.data).to.deep.include({ conclusion: 'approve', submissionId: receiptNo });
    expect(el.data).to.deep.include({ reviewer: answers.reviewer });
    const requests = await (await fetch(`/__fz-test/requests?tag=${tag}`)).json();
    expect(requests.map((r: { status: unknown }) => r.status)).to.deep.equal([401]);
    expect(await (await fetch(`/__fz-test/stored?tag=${tag}`)).json()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('speaks English with locale="en": the record, the form’s own texts and the validation messages', async () => {
    const el = await render(`/api/village-rules/records/${await fileSubmission()}`);
    el.locale = 'en';
    await el.updateComplete; // includes the download of the English texts
    expect(textOf(root(el).querySelector('.fz-record'))).to.contain('820 entitled, 530 present (210 women), 498 for, 12 against, 20 abstaining');
    await next(el);
    expect(textOf(root(el).querySelector('.fz-error-summary-title'))).to.equal('There is a problem');
    const problems = [...root(el).querySelectorAll('.fz-error-summary a')].map(textOf);
    expect(problems.length).to.be.greaterThan(0);
    for (const problem of problems) expect(problem).to.match(/^(Select|Enter|Tick) /);
    await expect(el).to.be.accessible();
  });

  it('says so when the record cannot be found, keeping the portal’s fallback content', async () => {
    const el = await render('/api/village-rules/records/CG-20200101-999998');
    const notice = root(el).querySelector('.fz-notice--failed')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(textOf(notice)).to.equal('没有找到要审查的村规民约，请核对链接中的回执编号。');
    expect(root(el).querySelector('slot')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('keeps a draft per submission: reopening the same one restores it, another one starts afresh', async () => {
    sessionStorage.clear();
    const record = (receiptNo: string) => ({ receiptNo, receivedAt: '2026-09-21T10:00:00+08:00', data: validSubmission() as never });
    const open = async (receiptNo: string) => {
      const el = await fixture<FzVillageRuleReview>(html`<fz-village-rule-review autosave="session" .record=${record(receiptNo)}></fz-village-rule-review>`);
      await settle(el);
      return el;
    };
    try {
      const first = await open('CG-20260921-000001');
      await first.focusField('/conclusionNote');
      byLabel(first, '合法，同意备案').click();
      await settle(first, 1);
      first.remove();

      const other = await open('CG-20260921-000002');
      expect(other.data).to.deep.include({ submissionId: 'CG-20260921-000002' });
      expect(other.data).not.to.have.property('conclusion');
      other.remove();

      // The other review replaced the session's draft only once it was typed into; this one was not.
      const again = await open('CG-20260921-000001');
      expect(again.data).to.deep.include({ submissionId: 'CG-20260921-000001', conclusion: 'approve' });
    } finally {
      sessionStorage.clear();
    }
  });

  it('marks the demo example, and uses a province’s patterns', async () => {
    const el = await fixture<FzVillageRuleReview>(html`<fz-village-rule-review autosave="off"></fz-village-rule-review>`);
    el.precheckPatterns = [{ id: 'hygiene', pattern: '乱扔垃圾', title: '示例：乱扔垃圾', explanation: '测试用。', basis: '测试依据' }];
    el.record = { receiptNo: 'CG-示例', receivedAt: null, data: { articles: TEN_ARTICLES.map((text) => ({ text })) } };
    await settle(el);
    expect(textOf(root(el).querySelector('.fz-notice'))).to.contain('演示数据');
    await el.focusField('/articleOpinions');
    await settle(el);
    expect(textOf(article(el, 9).querySelector('.fz-advice-list'))).to.contain('示例：乱扔垃圾');
    expect(button(el, '下一步')).to.exist;
    await expect(el).to.be.accessible();
  });
});
