import { html, type TemplateResult } from 'lit';
import type { ViewName } from './types.js';

export interface TabsOptions {
  /** Prefix for ids, unique within the render root. */
  idPrefix: string;
  label: string;
  views: readonly ViewName[];
  selected: ViewName;
  labelOf(view: ViewName): string;
  onSelect(view: ViewName, focus: boolean): void;
}

export const tabId = (prefix: string, view: ViewName) => `${prefix}-tab-${view}`;
export const panelId = (prefix: string, view: ViewName) => `${prefix}-panel-${view}`;

/**
 * WAI-ARIA tabs (APG, automatic activation): one tab stop; Left/Right move and select, Home/End
 * jump to the ends. Each tab controls its own panel, which the element always renders (hidden when
 * not selected) so `aria-controls` always points at something.
 */
export function tabList(o: TabsOptions): TemplateResult {
  const onKeydown = (e: KeyboardEvent) => {
    const at = o.views.indexOf(o.selected);
    const rtl = getComputedStyle(e.currentTarget as HTMLElement).direction === 'rtl';
    const next = rtl ? 'ArrowLeft' : 'ArrowRight';
    const prev = rtl ? 'ArrowRight' : 'ArrowLeft';
    let to: number | undefined;
    if (e.key === next) to = (at + 1) % o.views.length;
    else if (e.key === prev) to = (at - 1 + o.views.length) % o.views.length;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = o.views.length - 1;
    if (to === undefined) return;
    e.preventDefault();
    o.onSelect(o.views[to]!, true);
  };
  return html`<div class="fz-tabs" role="tablist" aria-label=${o.label} part="tabs" @keydown=${onKeydown}>
    ${o.views.map((view) => {
      const selected = view === o.selected;
      return html`<button
        type="button"
        role="tab"
        class="fz-tab"
        part="tab"
        id=${tabId(o.idPrefix, view)}
        aria-selected=${selected ? 'true' : 'false'}
        aria-controls=${panelId(o.idPrefix, view)}
        tabindex=${selected ? '0' : '-1'}
        @click=${() => o.onSelect(view, false)}
      >
        ${o.labelOf(view)}
      </button>`;
    })}
  </div>`;
}
