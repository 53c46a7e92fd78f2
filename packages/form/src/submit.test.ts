import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { FzForm } from './fz-form/fz-form.js';
import schema from '../test/fixtures/submit-test.schema.json';

// The submit path against the real reference server (packages/server) on loopback, proxied by
// packages/form/test/wtr-backend.mjs. The server also applies a county overlay
// (test/fixtures/submit-test.overlay.json) that this page never sees, so it can reject data the
// form considers valid, as a real county backend would.

type Attempt = { key: string; attempt: number; fault: string | null; status: number | string | null };
type Row = { receipt_no: string; idempotency_key: string; data: Record<string, unknown>; response_body: { receiptNo: string } };

const FORM_URL = '/api/forms/submit-test';
const DRAFT = `fz-draft:${schema.$id}`;

const newTag = () => `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const actionFor = (tag: string, faults = '') => `${FORM_URL}?fz-tag=${tag}${faults ? `&fz-fault=${encodeURIComponent(faults)}` : ''}`;

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { cache: 'no-store', ...init });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
/** Every request that reached the proxy under this tag, in order. */
const attemptsOf = (tag: string) => getJson<Attempt[]>(`/__fz-test/requests?tag=${tag}`);
/** The rows the server stored in SQLite for the keys seen under this tag. */
const storedFor = (tag: string) => getJson<Row[]>(`/__fz-test/stored?tag=${tag}`);
const heal = (tag: string) => getJson(`/__fz-test/heal?tag=${tag}`, { method: 'POST' });

const root = (el: FzForm) => el.shadowRoot!;
const byLabel = (el: FzForm, text: string): HTMLInputElement => {
  const label = [...root(el).querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no label ${text}`);
  return root(el).getElementById(label.htmlFor) as HTMLInputElement;
};
const submitButton = (el: FzForm) => root(el).querySelector<HTMLButtonElement>('button[type=submit]')!;
const errorAt = (el: FzForm, pointer: string) => root(el).querySelector(`[data-pointer="${pointer}"] .fz-error`)?.textContent?.trim() ?? '';
const summaryLinks = (el: FzForm) => [...root(el).querySelectorAll('.fz-error-summary a')].map((a) => a.textContent!.trim());

async function typeInto(el: FzForm, label: string, text: string) {
  byLabel(el, label).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** What a citizen of 某某县 types: valid for the form and for the county's server. */
const CITIZEN = {
  name: '王秀兰',
  phone: '13812345678',
  address: '某某县城关镇人民路12号',
  question: '工地老板拖欠我三个月工资，一直不给，我想咨询怎么要回来。',
};

async function fillIn(el: FzForm, answers = CITIZEN) {
  await typeInto(el, '姓名', answers.name);
  await typeInto(el, '联系电话', answers.phone);
  await typeInto(el, '详细地址', answers.address);
  await typeInto(el, '咨询事项', answers.question);
}

function expectTyped(el: FzForm, answers = CITIZEN) {
  expect(byLabel(el, '姓名').value).to.equal(answers.name);
  expect(byLabel(el, '联系电话').value).to.equal(answers.phone);
  expect(byLabel(el, '详细地址').value).to.equal(answers.address);
  expect(byLabel(el, '咨询事项').value).to.equal(answers.question);
}

const storedData = (answers = CITIZEN) => ({
  name: answers.name,
  phone: answers.phone,
  address: { detail: answers.address },
  question: answers.question,
});

async function form(action: string, autosave: 'off' | 'session' = 'off'): Promise<FzForm> {
  const el = await fixture<FzForm>(html`<fz-form .schema=${schema} action=${action} autosave=${autosave}></fz-form>`);
  await el.updateComplete;
  return el;
}

const receiptNoShown = (el: FzForm) => root(el).querySelector('.fz-receipt-no')?.textContent?.trim();

describe('submitting to the reference server', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('files once, under one key, when the first two attempts get 503', async () => {
    const tag = newTag();
    const el = await form(actionFor(tag, '503,503'));
    await fillIn(el);
    const submitted = oneEvent(el, 'fz-submitted');
    submitButton(el).click();
    const { detail } = await submitted;

    const attempts = await attemptsOf(tag);
    expect(attempts.map((a) => a.status)).to.deep.equal([503, 503, 201]);
    expect(new Set(attempts.map((a) => a.key)).size).to.equal(1);
    const rows = await storedFor(tag);
    expect(rows).to.have.length(1);
    expect(rows[0]!.idempotency_key).to.equal(attempts[0]!.key);
    expect(rows[0]!.data).to.deep.equal(storedData());
    expect(detail.receiptNo).to.equal(rows[0]!.receipt_no);
    expect(detail.receiptNo).to.match(/^CS-\d{8}-\d{6}$/);
    await el.updateComplete;
    expect(receiptNoShown(el)).to.equal(rows[0]!.receipt_no);
    await expect(el).to.be.accessible();
  });

  it('puts a 422 from the county’s rules on the right fields and in the summary, keeping every answer', async () => {
    const tag = newTag();
    const el = await form(actionFor(tag));
    const outsider = { ...CITIZEN, address: '杭州市西湖区文三路1号', question: '拖欠工资' };
    await fillIn(el, outsider);
    expect(await el.validate()).to.deep.equal([]); // the form itself finds nothing wrong
    const invalid = oneEvent(el, 'fz-invalid');
    submitButton(el).click();
    const { detail } = await invalid;
    await el.updateComplete;

    const addressMessage = '本中心只受理住在某某县的群众的申请，请写明您在某某县的住址';
    const questionMessage = '请把要咨询的事情写得详细一些，至少10个字';
    expect(detail.errors.map((e: { pointer: string }) => e.pointer)).to.have.members(['/address/detail', '/question']);
    expect(errorAt(el, '/address/detail')).to.contain(addressMessage);
    expect(errorAt(el, '/question')).to.contain(questionMessage);
    expect(errorAt(el, '/name')).to.equal('');
    expect(errorAt(el, '/phone')).to.equal('');
    expect(byLabel(el, '详细地址').getAttribute('aria-invalid')).to.equal('true');
    expect(summaryLinks(el)).to.have.members([addressMessage, questionMessage]);
    expect(root(el).activeElement).to.equal(root(el).querySelector('.fz-error-summary'));
    expectTyped(el, outsider);
    expect(await storedFor(tag)).to.have.length(0);
    await expect(el).to.be.accessible();

    // A summary link takes the citizen to the field the server named.
    [...root(el).querySelectorAll<HTMLAnchorElement>('.fz-error-summary a')].find((a) => a.textContent!.includes('住址'))!.click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(byLabel(el, '详细地址'));

    // Corrected, it is filed; a definite 4xx answer means the next attempt uses a fresh key.
    byLabel(el, '详细地址').select();
    await sendKeys({ type: CITIZEN.address });
    await el.updateComplete;
    // The server's message on a field not yet changed stays until that field changes.
    expect(errorAt(el, '/address/detail')).to.equal('');
    expect(errorAt(el, '/question')).to.contain(questionMessage);
    byLabel(el, '咨询事项').select();
    await sendKeys({ type: CITIZEN.question });
    const submitted = oneEvent(el, 'fz-submitted');
    submitButton(el).click();
    await submitted;
    const attempts = await attemptsOf(tag);
    expect(attempts.map((a) => a.status)).to.deep.equal([422, 201]);
    expect(attempts[1]!.key).not.to.equal(attempts[0]!.key);
    const rows = await storedFor(tag);
    expect(rows).to.have.length(1);
    expect(rows[0]!.idempotency_key).to.equal(attempts[1]!.key);
  });

  it('keeps every field as typed when the network is down, and the retry button files with the same key', async () => {
    const tag = newTag();
    const el = await form(actionFor(tag, 'drop*'));
    await fillIn(el);
    const failed = oneEvent(el, 'fz-submit-error');
    submitButton(el).click();
    const { detail } = await failed;
    await el.updateComplete;

    expect(detail.outcome).to.deep.include({ kind: 'failed', reason: 'network' });
    expectTyped(el);
    expect(root(el).querySelector('.fz-notice')!.textContent).to.contain('您填写的内容都还在');
    expect(submitButton(el).textContent!.trim()).to.equal('重新提交');
    const dropped = await attemptsOf(tag);
    expect(dropped.length).to.be.at.least(4); // the first try and the client's automatic retries
    expect(dropped.every((a) => a.status === 'dropped')).to.equal(true);
    expect(new Set(dropped.map((a) => a.key)).size).to.equal(1);
    expect(await storedFor(tag)).to.have.length(0);
    await expect(el).to.be.accessible();

    await heal(tag); // the network is back
    const submitted = oneEvent(el, 'fz-submitted');
    submitButton(el).click();
    await submitted;
    const attempts = await attemptsOf(tag);
    expect(attempts.at(-1)!.status).to.equal(201);
    expect(new Set(attempts.map((a) => a.key)).size).to.equal(1);
    const rows = await storedFor(tag);
    expect(rows).to.have.length(1);
    expect(rows[0]!.idempotency_key).to.equal(dropped[0]!.key);
    expect(rows[0]!.data).to.deep.equal(storedData());
  });

  it('files once when the server filed it but the answer was lost on the way back', async () => {
    const tag = newTag();
    const el = await form(actionFor(tag, 'lost'));
    await fillIn(el);
    const submitted = oneEvent(el, 'fz-submitted');
    submitButton(el).click();
    const { detail } = await submitted;

    const attempts = await attemptsOf(tag);
    expect(attempts[0]!.status).to.equal('lost 201');
    expect(attempts.at(-1)!.status).to.equal(201); // the stored answer, replayed
    expect(new Set(attempts.map((a) => a.key)).size).to.equal(1);
    const rows = await storedFor(tag);
    expect(rows).to.have.length(1);
    expect(detail.receiptNo).to.equal(rows[0]!.receipt_no);
  });

  it('restores the draft after a reload without sensitive fields, and removes it after success', async () => {
    const tag = newTag();
    const first = await form(actionFor(tag), 'session');
    await fillIn(first);
    await typeInto(first, '身份证号码', '110101199003077777');
    const saved = JSON.parse(sessionStorage.getItem(DRAFT)!);
    expect(saved.data).to.deep.equal(storedData());
    expect(JSON.stringify(saved)).not.to.contain('110101199003077777');
    expect(saved.idempotencyKey).to.be.a('string');
    fixtureCleanup(); // the page goes away; only sessionStorage remains

    const el = await form(actionFor(tag), 'session');
    expectTyped(el);
    expect(byLabel(el, '身份证号码').value).to.equal('');
    expect(root(el).querySelector('.fz-draft-note')!.textContent).to.contain('已为您恢复');

    const submitted = oneEvent(el, 'fz-submitted');
    submitButton(el).click();
    await submitted;
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
    const rows = await storedFor(tag);
    expect(rows).to.have.length(1);
    expect(rows[0]!.idempotency_key).to.equal(saved.idempotencyKey); // the key travelled with the draft
    expect(rows[0]!.data).to.deep.equal(storedData());
  });

  it('files once on a double click', async () => {
    const tag = newTag();
    const el = await form(actionFor(tag));
    await fillIn(el);
    let submits = 0;
    el.addEventListener('fz-submit', () => submits++);
    const submitted = oneEvent(el, 'fz-submitted');
    submitButton(el).click();
    submitButton(el).click(); // same task: before any render could disable the button
    const { detail } = await submitted;
    expect(submits).to.equal(1);
    expect(await attemptsOf(tag)).to.have.length(1);
    const rows = await storedFor(tag);
    expect(rows).to.have.length(1);
    expect(detail.receiptNo).to.equal(rows[0]!.receipt_no);
  });

  it('files once when Enter is pressed twice', async () => {
    const tag = newTag();
    // The server takes a moment, so the second Enter comes while the first is on its way.
    const el = await form(actionFor(tag, 'delay:600'));
    await fillIn(el);
    let submits = 0;
    el.addEventListener('fz-submit', () => submits++);
    const submitted = oneEvent(el, 'fz-submitted');
    byLabel(el, '姓名').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await submitted;
    expect(submits).to.equal(1);
    expect(await attemptsOf(tag)).to.have.length(1);
    expect(await storedFor(tag)).to.have.length(1);
  });

  it('fires fz-auth-required on 401 and keeps the data for a submission after logging in', async () => {
    const tag = newTag();
    const el = await form(actionFor(tag, '401*'), 'session');
    await fillIn(el);
    const auth = oneEvent(el, 'fz-auth-required');
    submitButton(el).click();
    const { detail } = await auth;
    await el.updateComplete;
    expect(detail.status).to.equal(401);
    expectTyped(el);
    expect(root(el).querySelector('.fz-notice')!.textContent).to.contain('登录');
    expect(JSON.parse(sessionStorage.getItem(DRAFT)!).data).to.deep.equal(storedData());
    expect(await storedFor(tag)).to.have.length(0);

    await heal(tag); // the portal logs the citizen in, then submits again
    const submitted = oneEvent(el, 'fz-submitted');
    await el.submit();
    await submitted;
    const rows = await storedFor(tag);
    expect(rows).to.have.length(1);
    expect(rows[0]!.data).to.deep.equal(storedData());
  });
});
