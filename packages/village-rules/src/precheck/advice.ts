import type { PrecheckFlag } from '@fazhi/core';
import type { FormHost } from '@fazhi/form';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { VillageMessageKey } from './messages.js';

export type VillageT = (key: VillageMessageKey, params?: Record<string, unknown>) => string;

/** What the village-rule elements add to the form host their widgets talk to. */
export interface VillageHost extends FormHost {
  /** The pre-check with the element's (province's) patterns. */
  precheck(text: string): PrecheckFlag[];
  vt: VillageT;
}

/** The flags as a list: title and level, the words that matched, why, and the legal basis. */
export function flagList(flags: PrecheckFlag[], t: VillageT): TemplateResult | typeof nothing {
  if (!flags.length) return nothing;
  return html`<ul class="fz-advice-list" part="advice-list">
    ${flags.map(
      (flag) => html`<li class="fz-advice-item fz-advice-item--${flag.level}">
        <p class="fz-advice-title">
          <strong>${flag.title}</strong>
          <span class="fz-advice-level">（${t(flag.level === 'high' ? 'levelHigh' : 'levelMedium')}）</span>
        </p>
        <p class="fz-advice-match">${t('adviceMatch', { match: flag.match })}</p>
        <p>${flag.explanation}</p>
        <p class="fz-advice-basis">${t('adviceBasis')}${flag.basis}</p>
      </li>`,
    )}
  </ul>`;
}

/**
 * Advice under an article as it is typed: a polite status line that screen readers announce when
 * it changes (present while empty, so the first flag is announced), then the details. Advice, not
 * an error: no aria-invalid, no error colour, never in the error summary.
 */
export function liveAdvice(id: string, flags: PrecheckFlag[], t: VillageT): TemplateResult {
  const summary = flags.length ? t('adviceSummary', { count: flags.length, titles: flags.map((f) => f.title).join('、') }) : '';
  return html`<div class="fz-advice ${flags.length ? 'fz-advice--on' : ''}" part="advice">
    <p class="fz-advice-summary" id=${id} role="status">${summary}</p>
    ${flagList(flags, t)}
  </div>`;
}

export const adviceStyles = css`
  :host {
    --fz-color-advice: #7a4100;
    --fz-color-advice-bg: #fff7e6;
  }
  .fz-advice--on {
    border-inline-start: 5px solid var(--fz-color-advice);
    background: var(--fz-color-advice-bg);
    padding: 0.5em 0.75em;
    margin-block-start: 0.5em;
  }
  .fz-advice-summary:empty { display: none; }
  .fz-advice-summary { margin: 0; font-weight: 700; color: var(--fz-color-advice); }
  .fz-advice-list { list-style: none; margin: 0; padding: 0; }
  .fz-advice-summary + .fz-advice-list { margin-block-start: 0.5em; }
  .fz-advice-item { margin-block-end: 0.75em; }
  .fz-advice-item p { margin: 0 0 0.25em; }
  .fz-advice-title strong { color: var(--fz-color-advice); }
  .fz-advice-level { font-weight: 400; }
  .fz-advice-basis { color: var(--fz-color-text); }
  .fz-options--inline { flex-direction: row; flex-wrap: wrap; gap: 0.5em 1.5em; }
  .fz-article { border-block-start: 1px solid var(--fz-color-border); padding-block: 0.75em; }
  .fz-article-heading { font-size: 1.1em; margin: 0 0 0.25em; }
  .fz-article-chapter { color: var(--fz-color-muted); margin: 0; }
  .fz-article-text {
    margin: 0 0 0.5em; padding: 0.5em 0.75em; background: var(--fz-color-surface);
    border-inline-start: 3px solid var(--fz-color-border); white-space: pre-wrap; overflow-wrap: anywhere;
  }
  .fz-record { border: 1px solid var(--fz-color-border); padding: 0.75em 1em; margin-block-end: 1em; }
  .fz-record-title { font-size: 1.15em; margin: 0 0 0.5em; }
  .fz-record-facts { margin: 0; }
  .fz-record-facts div { display: grid; grid-template-columns: minmax(7em, 1fr) 3fr; gap: 0.5em; padding: 0.25em 0; }
  .fz-record-facts dt { font-weight: 700; }
  .fz-record-facts dd { margin: 0; overflow-wrap: anywhere; }
  @media (max-width: 30em) { .fz-record-facts div { grid-template-columns: 1fr; } }
`;
