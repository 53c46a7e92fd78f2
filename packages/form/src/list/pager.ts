import { html, nothing, type TemplateResult } from 'lit';
import type { ListText } from './messages.js';

export interface PagerOptions {
  page: number;
  pageCount: number;
  t: ListText;
  onPage(page: number): void;
}

/** Page numbers to show: first, last, and two either side of the current one; 0 marks a gap. */
export function pageWindow(page: number, pageCount: number): number[] {
  const pages: number[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= 2) pages.push(p);
    else if (pages[pages.length - 1] !== 0) pages.push(0);
  }
  return pages;
}

/**
 * Paging as buttons in a labelled `<nav>`: "第 N 页，共 M 页", previous/next, and page numbers
 * with `aria-current="page"` on the current one. Previous/next stay focusable at the ends
 * (`aria-disabled`) so focus is not lost when the last page is reached.
 */
export function pager(o: PagerOptions): TemplateResult | typeof nothing {
  if (o.pageCount <= 1) return nothing;
  const go = (p: number) => () => {
    if (p >= 1 && p <= o.pageCount && p !== o.page) o.onPage(p);
  };
  return html`<nav class="fz-pager" aria-label=${o.t('pagination')} part="pager">
    <p class="fz-pager__status">${o.t('pageOf', { page: o.page, pages: o.pageCount })}</p>
    <ul class="fz-pager__list">
      <li>
        <button type="button" aria-disabled=${o.page <= 1 ? 'true' : 'false'} @click=${go(o.page - 1)}>${o.t('previous')}</button>
      </li>
      ${pageWindow(o.page, o.pageCount).map((p) =>
        p === 0
          ? html`<li class="fz-pager__gap" aria-hidden="true">…</li>`
          : html`<li>
              <button
                type="button"
                class="fz-pager__page"
                aria-current=${p === o.page ? 'page' : nothing}
                aria-label=${o.t('pageN', { page: p })}
                @click=${go(p)}
              >
                ${p}
              </button>
            </li>`,
      )}
      <li>
        <button type="button" aria-disabled=${o.page >= o.pageCount ? 'true' : 'false'} @click=${go(o.page + 1)}>${o.t('next')}</button>
      </li>
    </ul>
  </nav>`;
}
