import { html, nothing, type TemplateResult } from 'lit';

export interface DisclosureOptions {
  expanded: boolean;
  /** Id of the region it shows and hides (in the same root); referenced only while shown, as the region is not rendered when hidden. */
  controls: string;
  /** Visible text, usually the record's name. */
  label: string;
  /** Hidden words after the label ("查看详情"/"收起详情") for a clear accessible name. */
  action?: string;
  onToggle(): void;
}

/** A button that shows or hides one record's detail; Enter and Space work because it is a button. */
export function disclosureButton(o: DisclosureOptions): TemplateResult {
  return html`<button
    type="button"
    class="fz-disclosure"
    part="disclosure"
    aria-expanded=${o.expanded ? 'true' : 'false'}
    aria-controls=${o.expanded ? o.controls : nothing}
    @click=${o.onToggle}
  >
    <svg class="fz-disclosure__icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M4 2l4 4-4 4" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
    <span>${o.label}</span>${o.action ? html`<span class="fz-visually-hidden">（${o.action}）</span>` : nothing}
  </button>`;
}
