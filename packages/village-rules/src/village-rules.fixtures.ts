import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { villageRuleSubmissionExamples, villageRuleSubmissionSchema } from '@fazhi/core';

/** Ten articles as a clerk might type them; the 3rd and the 7th break the law. */
export const TEN_ARTICLES = [
  '本村村民应当遵守宪法、法律、法规和国家政策。',
  '村民应当爱护公共设施，保持村容整洁。',
  '违反者罚款200元',
  '提倡婚事新办、丧事简办，不大操大办。',
  '子女应当履行赡养父母的义务。',
  '邻里之间应当互谅互让，和睦相处。',
  '外嫁女不再享受集体分红',
  '村民应当做好房前屋后的绿化。',
  '倡导文明养犬，不乱扔垃圾。',
  '本村规民约自村民会议通过之日起施行。',
];

/** A submission that passes every check: the schema's first example with the ten articles. */
export function validSubmission(): Record<string, unknown> {
  const example = structuredClone(villageRuleSubmissionExamples[0]!) as Record<string, unknown>;
  delete example.attachments;
  return { ...example, articles: TEN_ARTICLES.map((text) => ({ text })) };
}

export const SUBMISSION_ID = (villageRuleSubmissionSchema as { $id?: string }).$id!;

/** A reviewer's request options for the reference server under test (its token comes from wtr-backend.mjs). */
export async function reviewerInit(): Promise<RequestInit> {
  const { token } = (await (await fetch('/__fz-test/reviewer-token')).json()) as { token: string };
  return { headers: { Authorization: `Bearer ${token}` } };
}

export const root = (el: HTMLElement) => el.shadowRoot!;

/** Every control whose label (or legend for a group) starts with `text`, in document order. */
export function allByLabel(el: HTMLElement, text: string): HTMLElement[] {
  return [...root(el).querySelectorAll('label')]
    .filter((l) => l.textContent!.trim().startsWith(text))
    .map((l) => root(el).getElementById(l.htmlFor)!)
    .filter(Boolean);
}

export function byLabel<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, text: string, index = 0): T {
  const found = allByLabel(el, text)[index];
  if (!found) throw new Error(`no control labelled ${text} (#${index})`);
  return found as T;
}

export function button(el: HTMLElement, text: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, '').includes(text.replace(/\s+/g, '')));
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

/** Lets the element (and any fetch it started) settle. */
export async function settle(el: HTMLElement & { updateComplete: Promise<unknown> }, rounds = 3) {
  for (let i = 0; i < rounds; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** Waits (without timing assertions) until `check` holds; fails after many polls. */
export async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`gave up waiting for ${what}`);
}

/** Presses Tab (as a keyboard user would) until `target` has focus; fails after many presses. */
export async function tabTo(el: HTMLElement, target: Element, shift = false) {
  for (let i = 0; i < 80 && root(el).activeElement !== target; i++) await sendKeys({ press: shift ? 'Shift+Tab' : 'Tab' });
  expect(root(el).activeElement).to.equal(target);
}

export async function typeText(text: string) {
  await sendKeys({ type: text });
}

/** The text of a node with whitespace runs collapsed. */
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
