import { expect, fixture, html } from '@open-wc/testing';
import { control, fill, root, settle } from '../../test/citizen.js';
import type { FzLegalAidForm } from './fz-legal-aid-form.js';

/** The page as the citizen opens it again after a reload: a new element, the same session storage. */
async function open() {
  const el = await fixture<FzLegalAidForm>(html`<fz-legal-aid-form autosave="session" action="/api/legal-aid"></fz-legal-aid-form>`);
  await settle(el);
  return el;
}

describe('fz-legal-aid-form drafts', () => {
  beforeEach(() => sessionStorage.clear());

  it('what a citizen typed comes back after a reload, although the form starts with its defaults; the identity number does not', async () => {
    const first = await open();
    await fill(first, '姓名', '王小测');
    await fill(first, '证件号码', '34052419800101001X');
    first.remove();

    const again = await open();
    expect(control(again, '姓名').value).to.equal('王小测');
    expect(control(again, '证件号码').value, 'sensitive: never kept in a draft').to.equal('');
    expect(root(again).textContent).to.contain('已为您恢复上次填写但未提交的内容');
    await expect(again).to.be.accessible();
  });

  it('answers a portal sets from script are not overwritten by an older draft', async () => {
    const first = await open();
    await fill(first, '姓名', '王小测');
    first.remove();
    const el = document.createElement('fz-legal-aid-form') as FzLegalAidForm;
    el.setAttribute('autosave', 'session');
    el.data = { applicant: { name: '李测试' } };
    document.body.append(el);
    try {
      await settle(el);
      expect(control(el, '姓名').value).to.equal('李测试');
    } finally {
      el.remove();
    }
  });
});
