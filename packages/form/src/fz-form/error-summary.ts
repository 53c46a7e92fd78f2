import type { FieldError } from '@fazhi/core';
import { html, nothing } from 'lit';
import type { FormMessageKey } from './messages.js';
import { fieldId } from './render-fields.js';

type T = (key: FormMessageKey, params?: Record<string, unknown>) => string;

/**
 * GOV.UK error summary: focused when shown (so a screen reader reads it; no alert role, which would
 * announce it twice), a group named by its heading and described by its list, so focus reads the
 * problems too; one link per problem; a link moves focus to its field, since `#id` fragments cannot
 * reach into a shadow root.
 */
export function errorSummary(errors: FieldError[], t: T, focus: (pointer: string) => void, idPrefix: string) {
  if (!errors.length) return nothing;
  return html`<div
    class="fz-error-summary"
    part="error-summary"
    role="group"
    tabindex="-1"
    aria-labelledby="${idPrefix}-summary-title"
    aria-describedby="${idPrefix}-summary-list"
  >
    <h2 class="fz-error-summary-title" id="${idPrefix}-summary-title">${t('summaryTitle')}</h2>
    <ul id="${idPrefix}-summary-list">
      ${errors.map(
        (error) => html`<li>
          <a
            href="#${fieldId(idPrefix, error.pointer)}"
            @click=${(e: Event) => {
              e.preventDefault();
              focus(error.pointer);
            }}
            >${error.message}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}
