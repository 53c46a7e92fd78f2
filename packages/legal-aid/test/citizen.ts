// Test helpers: drive <fz-legal-aid-form> as a citizen would, with the keyboard alone.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { regionsSample } from '@fazhi/core';
import type { FzLegalAidForm } from '../src/fz-legal-aid-form/fz-legal-aid-form.js';
import '../src/define.js';

export const root = (el: FzLegalAidForm) => el.shadowRoot!;
export const active = (el: FzLegalAidForm) => root(el).activeElement;
export const settle = async (el: FzLegalAidForm) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};

/** The control a visible label names (the label text starts with `text`). */
export function control<T extends HTMLElement = HTMLInputElement>(el: FzLegalAidForm, text: string, within: ParentNode = root(el)): T {
  const label = [...within.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no label starting with “${text}”`);
  return root(el).getElementById(label.htmlFor) as T;
}

/** The first control inside the field whose label or legend starts with `text`. */
export function field(el: FzLegalAidForm, text: string): HTMLElement {
  const holder = [...root(el).querySelectorAll<HTMLElement>('[data-pointer]')].find((f) =>
    f.querySelector(':scope > label, :scope > legend')?.textContent!.trim().startsWith(text),
  );
  if (!holder) throw new Error(`no field “${text}”`);
  return holder;
}

export const texts = (el: FzLegalAidForm, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent!.trim());
export const summary = (el: FzLegalAidForm) => texts(el, '.fz-error-summary a');
export const stepTitle = (el: FzLegalAidForm) => root(el).querySelector('.fz-step-title, .fz-check-title, .fz-receipt-title')?.textContent?.trim();
export const progress = (el: FzLegalAidForm) => root(el).querySelector('.fz-progress')?.textContent?.trim();

export async function press(el: FzLegalAidForm, key: string, times = 1) {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
  await settle(el);
}

export async function type(el: FzLegalAidForm, text: string) {
  await sendKeys({ type: text });
  await settle(el);
}

/** Presses Tab (Shift+Tab with `back`) until `target` has focus, as a keyboard user moves through a page. */
export async function tabTo(el: FzLegalAidForm, target: Element | (() => Element), back = false) {
  const want = () => (typeof target === 'function' ? target() : target);
  if (back) await sendKeys({ down: 'Shift' });
  for (let i = 0; i < 60 && active(el) !== want(); i++) await sendKeys({ press: 'Tab' });
  if (back) await sendKeys({ up: 'Shift' });
  expect(active(el), `focus should reach ${(want() as HTMLElement).id || want().textContent}`).to.equal(want());
}

/** Tab (or Shift+Tab with `back`) to the labelled control, optionally inside a section, and type into it. */
export async function fill(el: FzLegalAidForm, label: string, text: string, within?: ParentNode, back = false) {
  await tabTo(el, control(el, label, within), back);
  await type(el, text);
}

/** Tab into a radio group (or select) and move to the option at `index` with the arrow keys. */
export async function choose(el: FzLegalAidForm, label: string, index: number) {
  const holder = field(el, label);
  const first = holder.querySelector<HTMLElement>('input, select')!;
  if (first instanceof HTMLSelectElement) {
    await tabTo(el, first);
    await press(el, 'ArrowDown', index + 1 - first.selectedIndex);
    return;
  }
  const radios = [...holder.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  const checked = radios.findIndex((r) => r.checked);
  await tabTo(el, checked >= 0 ? radios[checked]! : radios[0]!);
  const from = checked >= 0 ? checked : 0;
  if (index === from) await press(el, 'Space');
  else await press(el, index > from ? 'ArrowDown' : 'ArrowUp', Math.abs(index - from));
  expect(radios[index]!.checked, `${label}: option ${index}`).to.equal(true);
}

/** Tab to a checkbox and tick it with Space. */
export async function tick(el: FzLegalAidForm, label: string) {
  await tabTo(el, control(el, label));
  await press(el, 'Space');
  expect(control(el, label).checked).to.equal(true);
}

/** 浙江省 / 杭州市 / 桐庐县 in the region cascader, each level chosen with the arrow keys. */
export async function chooseRegion(el: FzLegalAidForm, legend: string) {
  for (let level = 0; level < 3; level++) {
    const select = field(el, legend).querySelectorAll('select')[level]!;
    await tabTo(el, select);
    await press(el, 'ArrowDown');
  }
}

/** The primary button (下一步 / 提交), reached by Tab and pressed with Enter. */
export async function continueOn(el: FzLegalAidForm) {
  await tabTo(el, () => root(el).querySelector('button[type=submit]')!);
  await press(el, 'Enter');
  await settle(el);
}

/**
 * Attaches a real JPEG, drawn and encoded by the browser (the server checks a file to its last byte),
 * through the file input: the only step not done by keyboard.
 */
export async function attach(el: FzLegalAidForm, label: string, name: string) {
  const input = field(el, label).querySelector<HTMLInputElement>('input[type=file]')!;
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#8a1f11';
  context.fillRect(0, 0, 64, 48);
  const jpeg = await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/jpeg', 0.9));
  const transfer = new DataTransfer();
  transfer.items.add(new File([jpeg], name, { type: 'image/jpeg' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** A `YYYY-MM-DD` `days` from today (Asia/Shanghai), typed into a date input as the browser's locale orders it. */
export function dayFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);
}

export async function typeDate(el: FzLegalAidForm, iso: string) {
  const [y, m, d] = iso.split('-');
  // Chromium's date field takes the segments in the locale's order (en-US: month, day, year).
  const order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2001, 1, 3)).filter((p) => p.type !== 'literal');
  const parts: Record<string, string> = { year: y!, month: m!, day: d! };
  for (const part of order) await sendKeys({ type: parts[part.type]! });
  await settle(el);
}

/**
 * A valid 18-digit 居民身份证号码 for someone `age` years old today (the last birthday was about
 * 40 days ago), registered in 桐庐县, so the tests do not age.
 */
export function idCardFor(age: number, sex: 'male' | 'female'): string {
  const now = new Date(Date.now() - 40 * 86400000);
  const born = `${now.getUTCFullYear() - age}${String(now.getUTCMonth() + 1).padStart(2, '0')}${String(Math.min(now.getUTCDate(), 28)).padStart(2, '0')}`;
  const body = `330122${born}01${sex === 'male' ? 3 : 2}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/** A fresh form as a portal page would place it, submitting to the real reference backend. */
export async function openForm(tag: string, extra: { overlay?: unknown; locale?: string } = {}) {
  sessionStorage.clear();
  const el = await fixture<FzLegalAidForm>(
    html`<fz-legal-aid-form
      autosave="off"
      action="/api/legal-aid?fz-tag=${tag}"
      locale=${extra.locale ?? 'zh-CN'}
      .regions=${regionsSample}
      .overlay=${extra.overlay}
    ></fz-legal-aid-form>`,
  );
  await settle(el);
  return el;
}

/** What the reference server stored for the submissions made under `tag`. */
export async function stored(tag: string): Promise<{ receipt_no: string; form: string; data: Record<string, any> }[]> {
  const response = await fetch(`/__fz-test/stored?tag=${encodeURIComponent(tag)}`);
  return response.json();
}

export const uniqueTag = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
