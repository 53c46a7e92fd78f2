import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import schema from '../../test/fixtures/submit-test.schema.json';
import { openPortal, place, rootOf, settle, type Placed, type Portal } from './portal.js';

// One application filed end to end from the built dist/kit/fz-form.js on the hostile portal page,
// on a phone in care mode: typed with the keyboard, sent to the reference server (which applies a
// county overlay the page never sees), stored, and the receipt shown, with no CSP violation.

type Row = { receipt_no: string; data: unknown };

const tag = `dropin${Math.random().toString(36).slice(2, 8)}`;

async function typeInto(portal: Portal, el: Placed, label: string, text: string) {
  const found = [...rootOf(el).querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label))!;
  (el.shadowRoot ?? portal.doc).getElementById(found.htmlFor)!.focus();
  await sendKeys({ type: text });
  await settle(portal, el);
}

describe('built drop-ins on a hostile portal page: a submission end to end', () => {
  let portal: Portal | undefined;
  afterEach(() => portal?.frame.remove());

  for (const light of [false, true]) {
    it(`fz-form (${light ? 'light root' : 'shadow root'}, care mode, 390 px) files an application the server stores`, async () => {
      portal = await openPortal('fz-form', 390, 800);
      const el = await place(portal, 'fz-form', { care: true, light }, { attrs: { action: `/api/forms/submit-test?fz-tag=${tag}${light ? 'l' : 's'}` }, props: { schema } });
      await typeInto(portal, el, '姓名', '王秀兰');
      await typeInto(portal, el, '联系电话', '13812345678');
      await typeInto(portal, el, '详细地址', '某某县城关镇人民路12号');
      await typeInto(portal, el, '咨询事项', '工地老板拖欠我三个月工资，一直不给，我想咨询怎么要回来。');
      const submitted = new Promise<CustomEvent>((resolve) => el.addEventListener('fz-submitted', (e) => resolve(e as CustomEvent), { once: true }));
      rootOf(el).querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
      await sendKeys({ press: 'Enter' });
      const { detail } = await submitted;
      await settle(portal, el);
      expect(detail.receiptNo).to.match(/^CS-/);
      const heading = rootOf(el).querySelector('.fz-receipt-title')!;
      expect(el.shadowRoot ? el.shadowRoot.activeElement : portal.doc.activeElement).to.equal(heading);
      expect(rootOf(el).querySelector('.fz-receipt-no')!.textContent).to.contain(detail.receiptNo);
      const rows = (await (await fetch(`/__fz-test/stored?tag=${tag}${light ? 'l' : 's'}`, { cache: 'no-store' })).json()) as Row[];
      expect(rows.map((r) => r.receipt_no)).to.deep.equal([detail.receiptNo]);
      expect(rows[0]!.data).to.deep.include({ name: '王秀兰', question: '工地老板拖欠我三个月工资，一直不给，我想咨询怎么要回来。' });
      expect(portal.win.fzCspViolations).to.deep.equal([]);
    });
  }
});
