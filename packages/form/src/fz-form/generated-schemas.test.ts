import { choicesOf, createChecker, fieldKind, getAt, type Checker, type SchemaObject } from '@fazhi/core';
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import { answerFor, plainSchemas, shownFields, type Generated } from '../../../core/test/helpers/plain-schemas.js';
import '../define.js';
import type { FzForm } from './fz-form.js';

const root = (el: FzForm) => el.shadowRoot!;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const settle = async (el: FzForm) => {
  await el.updateComplete;
  await el.updateComplete;
};

/** The control a label names inside a field (labels are matched whole). */
function labelled(holder: Element, text: string): HTMLInputElement {
  const label = [...holder.querySelectorAll('label')].find((l) => l.textContent!.trim() === text);
  if (!label) throw new Error(`no option ${text}`);
  return (holder.getRootNode() as ShadowRoot).getElementById(label.htmlFor) as HTMLInputElement;
}

/** Focuses a control and presses a key on it, as a keyboard user would after tabbing there. */
async function press(el: FzForm, control: HTMLElement, key: string) {
  control.focus();
  await sendKeys({ press: key });
  await settle(el);
}

/** Enters one answer through the field's own widget: typing, choosing, ticking or adding rows. */
async function enter(el: FzForm, checker: Checker, field: { pointer: string; nodes: SchemaObject[]; required: boolean }, answer: unknown) {
  const holder = root(el).querySelector(`[data-pointer="${field.pointer}"]`)!;
  const node = field.nodes[0]!;
  const kind = fieldKind(node, checker.resolver);
  if (kind === 'array') {
    const add = [...holder.querySelectorAll(':scope > button')].find((b) => b.textContent!.trim().startsWith('添加')) as HTMLButtonElement;
    const min = Math.max(field.required ? 1 : 0, node.minItems ?? 0);
    while (holder.querySelectorAll(':scope > .fz-row').length < min) await press(el, add, 'Enter');
    return;
  }
  if (kind === 'boolean' && node.const === true) return press(el, labelled(holder, node.title as string), 'Space');
  if (kind === 'boolean') return press(el, labelled(holder, answer ? '是' : '否'), 'Space');
  if (kind === 'choice') {
    const choices = choicesOf(node, checker.resolver)!;
    const index = choices.findIndex((c) => same(c.value, answer));
    const select = holder.querySelector('select');
    if (!select) return press(el, labelled(holder, choices[index]!.title), 'Space');
    select.focus();
    while (select.selectedIndex < index + 1) await sendKeys({ press: 'ArrowDown' });
    return settle(el);
  }
  if (kind === 'multichoice') {
    const choices = choicesOf(checker.resolver.deref(node.items!) as SchemaObject, checker.resolver)!;
    for (const value of answer as unknown[]) await press(el, labelled(holder, choices.find((c) => same(c.value, value))!.title), 'Space');
    return;
  }
  const box = holder.querySelector<HTMLInputElement>('input, textarea')!;
  box.focus();
  // A date box takes the digits in the browser's order (month, day, year here).
  const text = box.type === 'date' ? (answer as string).replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$2$3$1') : String(answer);
  await sendKeys({ type: text });
  await settle(el);
}

/** Clears a text answer the citizen could not get right (an optional field may stay empty). */
async function clear(el: FzForm, pointer: string) {
  const box = root(el).querySelector<HTMLInputElement>(`[data-pointer="${pointer}"] input, [data-pointer="${pointer}"] textarea`);
  if (!box) return;
  box.focus();
  box.select();
  await sendKeys({ press: 'Backspace' });
  await settle(el);
}

/** A scripted citizen: answers every field the form shows (again as answers reveal more) from the field model. */
async function fill(el: FzForm, checker: Checker) {
  const leftEmpty = new Set<string>();
  for (let round = 0; round < 8; round++) {
    let answered = false;
    for (const field of shownFields(checker, el.data)) {
      if (getAt(el.data, field.pointer) !== undefined || leftEmpty.has(field.pointer)) continue;
      if (fieldKind(field.nodes[0]!, checker.resolver) === 'array' && !field.required && !(field.nodes[0]!.minItems ?? 0)) continue;
      answered = true;
      await enter(el, checker, field, answerFor(field.nodes, checker, field.pointer.length));
    }
    const optional = new Set(shownFields(checker, el.data).filter((f) => !f.required).map((f) => f.pointer));
    const wrong = (await el.validate()).filter((e) => optional.has(e.pointer) && !leftEmpty.has(e.pointer));
    for (const e of wrong) {
      leftEmpty.add(e.pointer);
      await clear(el, e.pointer);
    }
    if (!answered && !wrong.length) return;
  }
}

/** A few generated schemas, chosen from a fixed sample so that together they cover every kind of field. */
function variety(): Generated[] {
  const pool = fc.sample(plainSchemas, { seed: 20261208, numRuns: 300 });
  const text = (g: Generated) => JSON.stringify(g.schema);
  const wanted: ((g: Generated) => boolean)[] = [
    (g) => !!g.schema.allOf && /"type":"boolean","title"/.test(text(g)), // a yes/no question that reveals a field
    (g) => !!g.schema.allOf && /"oneOf"/.test(text(g)),
    (g) => /"maxLength":(2\d\d|3\d\d|4\d\d)/.test(text(g)) && /"format":"date"/.test(text(g)),
    (g) => /"type":"array","minItems":[12]/.test(text(g)) && g.schema.required!.length > 1,
    (g) => !g.satisfiable,
    (g) => /"multipleOf":0.01/.test(text(g)) && /"const":false/.test(text(g)),
  ];
  return wanted.map((test) => pool.find(test)!).filter(Boolean);
}

const generated = variety();

describe('generated plain schemas filled through the real widgets', () => {
  it('covers every kind of field the generator makes', () => expect(generated.length).to.equal(6));
  generated.forEach(({ schema, satisfiable }, i) => {
    it(`schema ${i + 1}: ${Object.keys(schema.properties!).length} fields, ${satisfiable ? 'satisfiable' : 'unsatisfiable'}`, async () => {
      sessionStorage.clear();
      const el = await fixture<FzForm>(html`<fz-form .schema=${schema} autosave="off"></fz-form>`);
      await settle(el);
      let sent: unknown;
      el.addEventListener('fz-submit', (e) => {
        const detail = (e as CustomEvent).detail;
        sent = detail.data;
        detail.respondWith(Promise.resolve(Response.json({ receiptNo: `G-${i}`, receivedAt: '2026-12-08T02:00:00Z' }, { status: 201 })));
      });
      const checker = createChecker(schema);
      await fill(el, checker);
      root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await settle(el);
      await new Promise((r) => setTimeout(r, 0));
      await settle(el);
      const summary = root(el).querySelector('.fz-error-summary')?.textContent ?? '';
      if (sent !== undefined) {
        const verdict = (await executeServerCommand('ajv-verdict', { schema, data: sent })) as { valid: boolean; errors: string };
        expect(verdict.valid, `ajv on ${JSON.stringify(sent)}: ${verdict.errors}`).to.equal(true);
        expect(root(el).querySelector('.fz-receipt-title')!.textContent).to.equal('提交成功');
      } else {
        expect(satisfiable, `not submitted: ${summary} with ${JSON.stringify(el.data)}`).to.equal(false);
        const verdict = (await executeServerCommand('ajv-verdict', { schema, data: el.data })) as { valid: boolean };
        expect(verdict.valid, 'ajv accepts what the form refused').to.equal(false);
      }
    });
  });
});
