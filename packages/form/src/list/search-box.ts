import { html, nothing, type TemplateResult } from 'lit';
import type { ListText } from './messages.js';

export interface SearchBoxOptions {
  /** Unique within the render root (light-DOM roots share the page's ids). */
  id: string;
  label: string;
  value: string;
  hint?: string;
  t: ListText;
  /** Each change as typed; not called mid-composition, so pinyin letters never trigger a search. */
  onInput(value: string): void;
  /** Enter or the search button: run now, without waiting for a debounce. */
  onSearch(value: string): void;
}

const valueOf = (e: Event) => (e.target as HTMLInputElement).value;

/** A labelled search field with a button, inside a `role=search` form that never navigates. */
export function searchBox(o: SearchBoxOptions): TemplateResult {
  const hintId = `${o.id}-hint`;
  return html`<form
    class="fz-list-search"
    role="search"
    part="search"
    @submit=${(e: Event) => {
      e.preventDefault();
      o.onSearch((e.currentTarget as HTMLFormElement).querySelector('input')?.value ?? '');
    }}
  >
    <label class="fz-label" for=${o.id} part="search-label">${o.label}</label>
    ${o.hint ? html`<div class="fz-hint" id=${hintId}>${o.hint}</div>` : nothing}
    <div class="fz-list-search__row">
      <input
        id=${o.id}
        class="fz-input"
        part="search-input"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        aria-describedby=${o.hint ? hintId : nothing}
        .value=${o.value}
        @input=${(e: InputEvent) => {
          if (!e.isComposing) o.onInput(valueOf(e));
        }}
        @compositionend=${(e: CompositionEvent) => o.onInput(valueOf(e))}
      />
      <button type="submit" class="fz-primary" part="search-button">${o.t('search')}</button>
    </div>
  </form>`;
}
