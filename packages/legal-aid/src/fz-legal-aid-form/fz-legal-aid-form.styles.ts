import { css } from 'lit';

/** The receipt's next steps and the printed application (A4, black on white, lines to sign). */
export const legalAidStyles = css`
  .fz-urgent { font-weight: 700; border-inline-start: 5px solid var(--fz-color-primary); padding-inline-start: 0.75em; }
  .fz-bring-title { font-size: 1.1em; margin: 1em 0 0.25em; }
  .fz-bring { margin: 0 0 1em; padding-inline-start: 1.2em; }
  .fz-sheet { margin-block-start: 1.5em; }
  .fz-sheet-title { font-size: 1.3em; text-align: center; }
  .fz-sheet-table { inline-size: 100%; border-collapse: collapse; margin-block-end: 1em; }
  .fz-sheet-table caption { text-align: start; font-weight: 700; padding: 0.25em 0; }
  .fz-sheet-table th, .fz-sheet-table td {
    border: 1px solid var(--fz-color-border); padding: 0.3em 0.5em; text-align: start; vertical-align: top; overflow-wrap: anywhere;
  }
  .fz-sheet-table th { inline-size: 35%; font-weight: 400; background: var(--fz-color-surface); }
  .fz-sign p { display: flex; align-items: flex-end; gap: 0.5em; margin: 1.5em 0; }
  .fz-sign-line { flex: 0 1 14em; border-block-end: 1px solid currentColor; min-block-size: 1.5em; }
  @media print {
    :host { --fz-font-size: 12pt; --fz-color-text: #000; --fz-color-border: #000; --fz-color-surface: #fff; }
    :host(:not([data-print='sheet'])) .fz-sheet { display: none; }
    :host([data-print='sheet']) .fz-receipt > :not(.fz-receipt-note),
    :host([data-print='sheet']) .fz-receipt-note > :not(.fz-sheet) { display: none; }
    :host([data-print='sheet']) .fz-receipt { border: 0; padding: 0; }
    .fz-sheet { margin: 0; }
    .fz-sheet-table tr { break-inside: avoid; }
  }
`;

/**
 * Added to the page only while printing: A4, and nothing of the portal page but this element
 * (its shadow content inherits the host's visibility).
 */
export const pagePrintCss = `@page { size: A4; margin: 15mm; }
@media print {
  body * { visibility: hidden; }
  fz-legal-aid-form[data-print] { visibility: visible; position: absolute; inset-block-start: 0; inset-inline-start: 0; inline-size: 100%; }
}`;
