import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createChecker, legalAidApplicationExamples as examples, legalAidApplicationSchema, mergePatch, type SchemaObject } from '@fazhi/core';
import {
  choose,
  continueOn,
  control,
  field,
  fill,
  idCardFor,
  openForm,
  press,
  progress,
  root,
  stepTitle,
  stored,
  summary,
  tabTo,
  texts,
  type,
  uniqueTag,
} from '../../test/citizen.js';
import type { FzLegalAidForm } from './fz-legal-aid-form.js';
import overlay from '../../test/county-overlay.json';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const example = (i: number) => structuredClone(examples[i]!);
const has = (el: FzLegalAidForm, pointer: string) => root(el).querySelector(`[data-pointer="${pointer}"]`) !== null;
const after = async (el: FzLegalAidForm) => {
  await el.updateComplete;
  await el.updateComplete;
};

/** A form holding `data` as if typed (a portal may also set `.data`), for checking the conditions. */
async function withData(data: unknown, overlay?: unknown) {
  const el = await openForm(uniqueTag('conditions'), { overlay });
  el.data = data;
  await after(el);
  return el;
}

/** Walks to the check-answers page and submits; returns once the receipt shows. */
async function submitFilled(el: FzLegalAidForm) {
  const submitted = new Promise((resolve) => el.addEventListener('fz-submitted', resolve, { once: true }));
  await el.submit();
  await submitted;
  await after(el);
}

describe('fz-legal-aid-form', () => {
  it('shows the fallback content until it is ready, and again if the county overlay cannot load', async () => {
    let release!: (response: Response) => void;
    const realFetch = window.fetch;
    window.fetch = (() => new Promise<Response>((resolve) => (release = resolve))) as typeof fetch;
    try {
      const el = await fixture<FzLegalAidForm>(html`<fz-legal-aid-form autosave="off" overlay-src="/county/legal-aid.json"
        ><p class="fallback">请拨打 12348 公共法律服务热线</p></fz-legal-aid-form
      >`);
      const slot = () => root(el).querySelector('slot');
      expect(slot()!.assignedElements()[0]!.textContent).to.contain('12348');
      expect(root(el).querySelector('form'), 'no form before the county changes arrive').to.equal(null);
      expect(root(el).querySelector('[role=status]')!.textContent).to.contain('正在加载');
      await expect(el).to.be.accessible();
      release(new Response(JSON.stringify({ properties: { facts: { title: '事情经过' } } }), { headers: { 'content-type': 'application/json' } }));
      // The overlay is checked before use (the checks load on demand): wait for the form, not a fixed time.
      await waitUntil(() => root(el).querySelector('form'), 'the form replaces the fallback', { timeout: 10000 });
      await after(el);
      expect(slot(), 'the form takes the place of the fallback').to.equal(null);
      expect(el.effectiveSchema!.properties!.facts).to.include({ title: '事情经过' });

      window.fetch = (() => Promise.resolve(new Response('not found', { status: 404 }))) as typeof fetch;
      const broken = await fixture<FzLegalAidForm>(html`<fz-legal-aid-form overlay-src="/missing.json"><p>请拨打 12348</p></fz-legal-aid-form>`);
      await waitUntil(() => root(broken).querySelector('[role=alert]'), 'the refusal shows', { timeout: 10000 });
      await after(broken);
      expect(root(broken).querySelector('[role=alert]')!.textContent).to.contain('表单加载失败');
      expect(root(broken).querySelector('slot')!.assignedElements()[0]!.textContent).to.contain('12348');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('starts from the schema defaults, in six steps, shows what the identity number says read-only, and has a care mode', async () => {
    const el = await openForm(uniqueTag('start'));
    expect(progress(el)).to.equal('第 1 步，共 6 步');
    expect(stepTitle(el)).to.equal('申请人信息');
    expect(control<HTMLSelectElement>(el, '证件类型').selectedOptions[0]!.textContent).to.equal('居民身份证');
    expect(control(el, '申请人本人').checked).to.equal(true);
    control(el, '姓名').focus();
    await fill(el, '证件号码', '11010519491231002X');
    expect(control(el, '年龄').readOnly).to.equal(true);
    expect(control(el, '出生日期').value).to.equal('1949-12-31');
    // Sex comes from the number: shown, and not open to a contradicting click.
    expect(control(el, '女').checked).to.equal(true);
    expect(control(el, '男').disabled).to.equal(true);
    expect(has(el, '/representative')).to.equal(false);
    await expect(el).to.be.accessible();

    el.careMode = true; // 关怀模式: large text and targets, same answers
    await after(el);
    expect(parseFloat(getComputedStyle(control(el, '姓名')).fontSize)).to.be.at.least(18);
    expect(control(el, '申请人本人').getBoundingClientRect().height).to.be.at.least(44);
    expect(control(el, '证件号码').value).to.equal('11010519491231002X');
    await expect(el).to.be.accessible();
  });

  it('keeps the name in the draft but never the identity number, in session and in local drafts', async () => {
    for (const [mode, storage] of [['session', sessionStorage], ['local', localStorage]] as const) {
      sessionStorage.clear();
      localStorage.clear();
      const el = await fixture<FzLegalAidForm>(html`<fz-legal-aid-form autosave=${mode}></fz-legal-aid-form>`);
      await after(el);
      control(el, '姓名').focus();
      await type(el, '王秘密');
      await fill(el, '证件号码', '34052419800101001X');
      expect(control(el, '出生日期').value, 'the number was taken').to.equal('1980-01-01');
      const saved = Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`).join('\n');
      expect(saved, mode).to.include('王秘密');
      expect(saved, mode).not.to.include('34052419800101001X');
      expect(saved, mode).not.to.include('340524');
      el.remove();
    }
    localStorage.clear();
  });

  it('shows the resident identity number hint of the schema’s branch while 居民身份证 is chosen', async () => {
    const el = await openForm(uniqueTag('id-hint'));
    const hint = () => {
      const input = control(el, '证件号码');
      return (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => root(el).getElementById(id)?.textContent?.trim()).join(' ');
    };
    expect(hint()).to.equal('18位，最后一位可能是X。性别和出生日期会自动填好。');
    await choose(el, '证件类型', 3); // 护照
    expect(hint()).to.equal('照证件填写，只含字母、数字和“-”。');
  });

  it('asks for a representative for a minor or an adult who cannot act alone (第40条)', async () => {
    const el = await withData({ ...example(1), applicant: { ...example(1).applicant, idNumber: idCardFor(15, 'male'), age: undefined } });
    expect(has(el, '/representative')).to.equal(true);
    expect(has(el, '/guardianConsent'), 'guardian consent only under 14').to.equal(false);
    let errors = await el.validate();
    expect(errors.map((e) => e.pointer)).to.include.members(['/representative/relation', '/representative/name']);
    expect(summary(el)).to.include('请选择与申请人的关系');

    // A representative the law does not allow for a minor (受委托的人) is refused with the reason.
    el.data = { ...(el.data as object), representative: { relation: 'entrusted', name: '测试丙', idNumber: idCardFor(40, 'male'), phone: '13700137000' } };
    await after(el);
    errors = await el.validate();
    expect(errors.map((e) => e.message)).to.include('申请人未满18周岁，须由法定代理人（监护人）或者近亲属代为申请');

    el.data = { ...example(1), applicant: { ...example(1).applicant, capacity: 'limited' } };
    await after(el);
    expect(has(el, '/representative')).to.equal(true);
    el.data = example(1);
    await after(el);
    expect(has(el, '/representative')).to.equal(false);
  });

  it('applies 第32条, 第42条 and the household route, and asks a separate consent for sensitive information', async () => {
    const el = await withData(example(2)); // 家庭暴力: no economic questions at all
    expect(progress(el)).to.equal('第 1 步，共 5 步');
    expect(Object.keys(el.data as object)).not.to.include.members(['specialGroup', 'economy']);

    for (const [group, sensitive] of [
      ['no-income', true],
      ['social-assistance', true],
      ['judicial-assistance', true],
      ['preferential-care', true],
      ['migrant-worker', false],
      ['other-law', false],
    ] as const) {
      el.data = { ...example(1), specialGroup: group, economy: undefined };
      await after(el);
      const errors = (await el.validate()).map((e) => e.pointer);
      expect(errors, group).to.include('/exemptionProof');
      expect(errors.includes('/sensitiveConsent'), `${group} is sensitive`).to.equal(sensitive);
      expect(errors, group).not.to.include('/economy/householdSize');
    }

    el.data = { ...example(1), economy: undefined };
    await after(el);
    expect((await el.validate()).map((e) => e.message)).to.include.members(['请填写家庭人口（人）', '请填写家庭月收入合计（元）']);

    // Health or disability: sensitive personal information (个人信息保护法 第28条), with the 残疾人证号 asked.
    el.data = { ...example(1), applicant: { ...example(1).applicant, health: 'disability' } };
    await after(el);
    expect((await el.validate()).map((e) => e.pointer)).to.deep.equal(['/sensitiveConsent']);
    expect(el.data).to.have.nested.property('applicant.health', 'disability');
  });

  it('marks preservation or a near deadline as urgent (第44条) and says so on the receipt', async () => {
    const tag = uniqueTag('urgent');
    const el = await openForm(tag);
    el.data = { ...example(1), urgency: { kind: 'preservation' } };
    await after(el);
    expect((el.data as any).urgency).to.deep.equal({ kind: 'preservation' });
    await submitFilled(el);
    expect(root(el).querySelector('.fz-urgent')!.textContent).to.contain('第四十四条');
    expect((await stored(tag))[0]!.data.urgency.kind).to.equal('preservation');
  });

  it('lists every problem in Chinese on next and on submit, and keeps everything typed', async () => {
    const el = await openForm(uniqueTag('errors'));
    control(el, '姓名').focus();
    await type(el, '王5');
    await fill(el, '证件号码', '340524198001010010'); // wrong check digit
    await continueOn(el);
    expect(stepTitle(el), 'stays on the step').to.equal('申请人信息');
    expect(summary(el)).to.deep.equal(['请照证件填写姓名，不能含有数字', '身份证号码校验位不正确，请核对最后一位']);
    expect(root(el).activeElement).to.equal(root(el).querySelector('.fz-error-summary'));
    expect(control(el, '姓名').value).to.equal('王5');
    expect(control(el, '证件号码').value).to.equal('340524198001010010');
    await expect(el).to.be.accessible();

    // Submitting the whole form: every missing answer of every step, all in Chinese.
    await el.submit();
    await after(el);
    const all = summary(el);
    expect(all).to.include.members(['请填写联系电话', '请选择需要哪种法律援助', '请填写案情和申请理由', '请勾选“我已阅读并同意《个人信息处理告知》”']);
    expect(all.length).to.be.greaterThan(8);
    for (const message of all) expect(message).to.match(/[\u4e00-\u9fff]/);
    expect(stepTitle(el)).to.equal('申请人信息');
    expect(control(el, '姓名').value).to.equal('王5');

    // A summary link takes the keyboard to its field; the fix is typed there and the error goes.
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('.fz-error-summary a')].find((a) => a.textContent === '请照证件填写姓名，不能含有数字')!;
    await tabTo(el, link);
    await press(el, 'Enter');
    expect(root(el).activeElement).to.equal(control(el, '姓名'));
    await press(el, 'Backspace');
    await type(el, '小测');
    expect(summary(el)).not.to.include('请照证件填写姓名，不能含有数字');
    expect((el.data as any).applicant.name).to.equal('王小测');
  });

  it('prints the submitted application on A4 as a table with lines to sign', async () => {
    const el = await openForm(uniqueTag('print'));
    el.data = example(3); // a minor, applied for by her mother
    await after(el);
    await submitFilled(el);
    const prints: string[] = [];
    const realPrint = window.print;
    window.print = () => prints.push(el.dataset.print ?? '');
    try {
      const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === '打印申请表')!;
      await tabTo(el, button);
      await press(el, 'Enter');
      expect(prints).to.deep.equal(['sheet']);
    } finally {
      window.print = realPrint;
    }
    const sheet = root(el).querySelector('.fz-sheet')!;
    expect(sheet.querySelector('h3')!.textContent).to.equal('法律援助申请表');
    expect([...sheet.querySelectorAll('caption')].map((c) => c.textContent)).to.deep.equal([
      '申请人信息',
      '联系方式',
      '申请事项',
      '经济状况',
      '上传材料',
      '承诺与同意',
    ]);
    const rows = Object.fromEntries([...sheet.querySelectorAll('tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
    expect(rows['申请人 · 姓名']).to.equal('阿依古丽·测试');
    expect(rows['代理人 · 与申请人的关系']).to.equal('法定代理人（监护人）');
    expect(rows['家庭经济状况 · 家庭人均月收入（元）']).to.equal('750');
    expect(texts(el, '.fz-sign p')).to.deep.equal(['申请人（签名）', '代理人（签名）', '日期：　　　　年　　月　　日']);
    expect(sheet.querySelector('.fz-sheet-meta')!.textContent).to.match(/受理回执编号：FY-\d{8}-\d{6}/);
    await expect(el).to.be.accessible();

    // While printing, only this element shows on the page and the page is A4.
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => /size: a4/i.test(r.cssText)))).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(el.dataset.print).to.equal(undefined);
    expect(document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => /size: a4/i.test(r.cssText)))).to.equal(false);
  });

  it('takes a county overlay with no code change: a new field, a relabelled and a dropped option, the income standard', async () => {
    const tag = uniqueTag('county');
    const el = await openForm(tag, { overlay });
    el.action = `/api/forms/legal-aid-county?fz-tag=${tag}`;
    el.data = { ...example(1), economy: { householdSize: 3, monthlyIncome: 2400 } };
    await after(el);

    await el.focusField('/matter/aidForm');
    expect(texts(el, '[data-pointer="/matter/aidForm"] label')).to.include('打官司（民事、行政、国家赔偿案件代理）');
    expect(texts(el, '[data-pointer="/matter/aidForm"] label')).not.to.include('值班律师法律帮助');

    await el.focusField('/economy/householdSize');
    expect(control(el, '本地经济困难标准').value).to.equal('1350');
    // A computed yes/no: 是 shown chosen, neither answer open to a click.
    const eligible = field(el, '人均月收入不高于本地标准');
    expect(control(el, '是', eligible).checked).to.equal(true);
    expect(control(el, '否', eligible).disabled).to.equal(true);

    // The added field joins the last step and is required as the overlay says.
    await el.focusField('/consent');
    expect(stepTitle(el)).to.equal('承诺与同意');
    expect((await el.validate()).map((e) => e.message)).to.deep.equal(['请选择您是从哪里知道法律援助的']);
    await choose(el, '您是从哪里知道法律援助的', 1);
    await expect(el).to.be.accessible();
    await continueOn(el);
    expect(root(el).querySelector('.fz-check')!.textContent).to.contain('12348 热线');
    await submitFilled(el);

    const [row] = await stored(tag);
    expect(row!.form).to.equal('legal-aid-county');
    expect(row!.data.referral).to.equal('hotline');
    expect(row!.data.economy).to.include({ perCapitaIncome: 800, localStandard: 1350, withinStandard: true });
    const county = createChecker(mergePatch(legalAidApplicationSchema, overlay) as SchemaObject);
    expect(county.check(row!.data).errors).to.deep.equal([]);
  });

  it('leaves a copy of the schema with the same $id (a portal’s fork, a county’s merged schema) untranslated', async () => {
    await openForm(uniqueTag('en-loaded'), { locale: 'en' }); // the English schema texts are registered now
    const fork = structuredClone(legalAidApplicationSchema);
    const el = await fixture<FzLegalAidForm>(html`<fz-legal-aid-form autosave="off" locale="en" .schema=${fork}></fz-legal-aid-form>`);
    await el.updateComplete;
    expect(el.lang).to.equal('en');
    expect(stepTitle(el)).to.equal('申请人信息');
    expect(progress(el)).to.equal('Step 1 of 6');
  });

  it('keeps a county overlay’s own texts as written in English, around the translated built-in ones', async () => {
    const el = await openForm(uniqueTag('en-county'), { locale: 'en', overlay });
    await el.focusField('/matter/aidForm');
    expect(stepTitle(el)).to.equal('Your matter');
    expect(control(el, '打官司（民事、行政、国家赔偿案件代理）'), 'the county’s relabelled option').to.exist;
    expect(control(el, 'Facts and reasons for applying'), 'a built-in field beside it').to.exist;
  });

  it('speaks English with locale="en": its own texts and the schema’s titles, hints and messages', async () => {
    const el = await openForm(uniqueTag('en'), { locale: 'en' });
    expect(el.lang).to.equal('en');
    expect(progress(el)).to.equal('Step 1 of 6');
    expect(stepTitle(el)).to.equal('Applicant');
    const labels = texts(el, 'label, legend');
    expect(labels.length).to.be.greaterThan(3);
    expect(labels.filter((t) => CJK.test(t)), 'labels left in Chinese').to.deep.equal([]);
    await continueOn(el);
    expect(summary(el).length).to.be.greaterThan(0);
    expect(summary(el).filter((t) => CJK.test(t)), 'errors left in Chinese').to.deep.equal([]);
    await expect(el).to.be.accessible();
    el.data = example(1);
    await after(el);
    await submitFilled(el);
    expect(root(el).querySelector('.fz-receipt')!.textContent).to.contain('within 7 days');
    expect(texts(el, '.fz-bring li')).to.deep.equal([
      'the applicant’s identity document',
      'contracts, IOUs, medical records or judgments about the matter (if you have them)',
    ]);
    await expect(el).to.be.accessible();
  });
});
