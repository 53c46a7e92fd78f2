import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { SUBMISSION_ID, textOf, until, validSubmission } from '../village-rules.fixtures.js';
import type { FzVillageRuleReview } from './fz-village-rule-review.js';

// The reference server's demo reviewer page (packages/server/public/village-rule-review.html and
// its script), against the real server: the reviewer pastes the printed token once.

const PAGE = '/packages/server/public/village-rule-review.html';
const SCRIPT = '/packages/server/public/village-rule-review.js';
const KEY = 'fz-demo-reviewer-token';

describe('the demo reviewer page', () => {
  it('asks for the reviewer token in a labelled field, keeps it for the tab, and the review then loads the newest filing', async () => {
    sessionStorage.removeItem(KEY);
    const key = `demo-page-${Date.now()}`;
    const filed = await fetch('/api/village-rules', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({ schema: SUBMISSION_ID, data: validSubmission(), idempotencyKey: key }),
    });
    const { receiptNo } = await filed.json();
    const { token } = await (await fetch('/__fz-test/reviewer-token')).json();

    // The page's panel as served, with its own script.
    const page = new DOMParser().parseFromString(await (await fetch(PAGE)).text(), 'text/html');
    const panel = document.adoptNode(page.querySelector('.panel')!);
    document.body.append(panel);
    try {
      const script: string = SCRIPT;
      await import(script);
      const review = panel.querySelector<FzVillageRuleReview>('fz-village-rule-review')!;
      const form = panel.querySelector<HTMLFormElement>('#reviewer-sign-in')!;
      const input = panel.querySelector<HTMLInputElement>('#reviewer-token')!;

      // Not signed in: the server refuses the record, and the page asks for the token.
      await until(() => !!review.shadowRoot?.querySelector('.fz-notice--failed'), 'the refusal');
      expect(form.hidden).to.equal(false);
      expect(input.labels![0]!.textContent).to.equal('审查人员口令');
      await expect(panel).to.be.accessible();

      input.focus();
      await sendKeys({ press: 'Enter' }); // nothing typed yet
      expect(textOf(panel.querySelector('#reviewer-message'))).to.equal('请先粘贴审查人员口令。');
      await sendKeys({ type: token });
      await sendKeys({ press: 'Enter' });
      await until(() => !!review.shadowRoot?.querySelector('.fz-record'), 'the record');
      expect(textOf(review.shadowRoot!.querySelector('.fz-record'))).to.contain(receiptNo);
      expect(form.hidden).to.equal(true);
      expect(sessionStorage.getItem(KEY)).to.equal(token);
      expect(localStorage.getItem(KEY)).to.equal(null);

      // The token lapses (a restart makes a new one): the next refusal asks again, with a reason.
      review.requestInit = { headers: { Authorization: 'Bearer lapsed-token-0123456789' } };
      review.dispatchEvent(new CustomEvent('fz-auth-required', { detail: { status: 401 }, bubbles: true, composed: true }));
      expect(form.hidden).to.equal(false);
      expect(textOf(panel.querySelector('#reviewer-message'))).to.contain('口令不正确或已失效');
      expect(panel.ownerDocument.activeElement).to.equal(input);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
    } finally {
      panel.remove();
      sessionStorage.removeItem(KEY);
    }
  });
});
