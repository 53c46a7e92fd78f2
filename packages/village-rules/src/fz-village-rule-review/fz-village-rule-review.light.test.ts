import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { reviewerInit, settle, textOf, until, validSubmission } from '../village-rules.fixtures.js';
import type { FzVillageRuleReview } from './fz-village-rule-review.js';

// render-root="light": the reviewer's form rendered into the element itself, for read-aloud toolbars.

describe('fz-village-rule-review render-root="light"', () => {
  it('renders the record into the element; an empty submit focuses the summary, whose link leads to the field', async () => {
    const el = await fixture<FzVillageRuleReview>(html`<fz-village-rule-review render-root="light" autosave="off"></fz-village-rule-review>`);
    el.record = { receiptNo: 'CG-20260921-000003', receivedAt: '2026-09-21T10:00:00+08:00', data: validSubmission() as never };
    await settle(el);
    expect(el.shadowRoot === null, 'no shadow root').to.equal(true);
    expect(textOf(el.querySelector('.fz-record'))).to.contain('CG-20260921-000003');
    await expect(el).to.be.accessible();

    const submit = el.querySelector<HTMLButtonElement>('button[type=submit]')!;
    for (let i = 0; i < 80 && document.activeElement !== submit; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const summary = el.querySelector('.fz-error-summary')!;
    expect(document.activeElement).to.equal(summary);
    const link = summary.querySelector('a')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(document.activeElement).to.equal(document.getElementById(link.getAttribute('href')!.slice(1)));
    expect(el.contains(document.activeElement)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps the portal’s fallback content in the page when the record cannot be found', async () => {
    const el = await fixture<FzVillageRuleReview>(html`<fz-village-rule-review render-root="light" record-src="/api/village-rules/records/CG-20200101-999997" .requestInit=${await reviewerInit()}>
      <p class="fallback">如无法使用，请填写纸质审查意见书。</p>
    </fz-village-rule-review>`);
    expect(el.querySelectorAll('.fallback').length).to.equal(1);
    await until(() => !!el.querySelector('.fz-notice--failed'), 'the failure');
    expect(el.querySelector('.fz-notice--failed')!.textContent).to.contain('没有找到要审查的村规民约');
    expect(el.querySelectorAll('.fallback').length).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
