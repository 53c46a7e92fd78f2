import { choicesOf, fieldKind, findRegionPath, getAt, join, objectShape, shownAnnotations, textOf, type SchemaObject } from '@fazhi/core';
import { html, nothing } from 'lit';
import { nationalRegions } from '../widgets/cn/national-regions.js';
import type { FormMessageKey } from './messages.js';
import type { RenderState } from './render-fields.js';
import type { Step } from './steps.js';

type T = (key: FormMessageKey, params?: Record<string, unknown>) => string;

export interface Answer {
  pointer: string;
  label: string;
  text: string;
  /** Computed from other answers (年龄 from 证件号码): changed there, so it has no change button. */
  derived: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every answered-or-asked leaf field under some top-level properties, as label → readable text. */
export function answers(state: RenderState, names: string[], t: T): Answer[] {
  const { resolver } = state.host;
  const out: Answer[] = [];
  const walk = (nodes: SchemaObject[], pointer: string, label: string, only?: string[]): void => {
    const node = nodes[0] ?? {};
    const kind = fieldKind(node, resolver);
    const value = getAt(state.settled, pointer);
    if (kind === 'object') {
      const shape = objectShape(nodes, value, resolver, state.matches);
      for (const p of shape.properties) {
        if (only && !only.includes(p.name)) continue;
        const at = join(pointer, p.name);
        const title = textOf(shownAnnotations(p).title, `the title at ${at}`) ?? p.name;
        walk(p.nodes, join(pointer, p.name), label && pointer ? `${label} · ${title}` : title);
      }
      return;
    }
    if (kind === 'array' && Array.isArray(value)) {
      const items = nodes.map((n) => n.items && resolver.deref(n.items)).filter((n): n is SchemaObject => !!n && typeof n === 'object');
      value.forEach((_, i) => walk(items, join(pointer, i), `${label}（${i + 1}）`));
      if (value.length) return;
    }
    out.push({ pointer, label, text: display(node, kind, value, state, t, pointer), derived: nodes.some((n) => n['x-fz-derive'] !== undefined) });
  };
  walk([state.host.resolver.root], '', '', names);
  return out;
}

function display(node: SchemaObject, kind: string, value: unknown, state: RenderState, t: T, pointer: string): string {
  if (value === undefined || value === null || value === '') return t('notAnswered');
  if (kind === 'boolean') return value ? t('yes') : t('no');
  if (kind === 'choice') return choicesOf(node, state.host.resolver, pointer)?.find((c) => same(c.value, value))?.title ?? String(value);
  if (kind === 'multichoice' && Array.isArray(value)) {
    const choices = choicesOf(state.host.resolver.deref(node.items!) as SchemaObject, state.host.resolver, pointer) ?? [];
    return value.map((v) => choices.find((c) => same(c.value, v))?.title ?? String(v)).join('、');
  }
  if (kind === 'file' && Array.isArray(value)) return value.map((f) => (f as { name?: string }).name ?? '').join('、');
  const regions = node.format === 'cn-region-code' ? (state.host.regions ?? nationalRegions()) : undefined;
  if (regions && typeof value === 'string') {
    const path = findRegionPath(regions, value);
    if (path) return path.map((r) => r.name).join(' ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** GOV.UK "check your answers": every answer per step, each with a change link naming its field. */
export function checkAnswers(state: RenderState, steps: Step[], t: T, change: (pointer: string) => void) {
  return html`<div class="fz-check">
    <h3 class="fz-check-title" tabindex="-1">${t('checkAnswersTitle')}</h3>
    <p class="fz-hint">${t('checkAnswersHint')}</p>
    ${steps.map(
      (step) => html`<h4 class="fz-check-step">${step.title}</h4>
        <dl class="fz-answers">
          ${answers(state, step.fields, t).map(
            (a) => html`<div class="fz-answer">
              <dt>${a.label}</dt>
              <dd>${a.text}</dd>
              <dd class="fz-answer-change">
                ${a.derived
                  ? nothing
                  : html`<button type="button" class="fz-link-button" @click=${() => change(a.pointer)}>
                      ${t('change')}<span class="fz-visually-hidden">${a.label}</span>
                    </button>`}
              </dd>
            </div>`,
          )}
        </dl>`,
    )}
  </div>`;
}
