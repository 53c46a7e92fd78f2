import { html, type TemplateResult } from 'lit';

/** Saves text as a file (a Blob link clicked once); the page never navigates. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): Blob {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return blob;
}

export function csvButton(o: { label: string; onClick(): void }): TemplateResult {
  return html`<button type="button" class="fz-csv-button" part="csv-button" @click=${o.onClick}>
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M8 1v9m0 0L4.5 6.5M8 10l3.5-3.5M2 12v3h12v-3" fill="none" stroke="currentColor" stroke-width="2" /></svg>
    ${o.label}
  </button>`;
}
