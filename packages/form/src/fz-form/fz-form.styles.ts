import { css } from 'lit';

/** Form layout in the GOV.UK manner: one column, big targets, errors in text and colour and a bar. */
export const formStyles = css`
  .fz-form { display: flex; flex-direction: column; gap: var(--fz-space); max-inline-size: 40em; }
  .fz-form-title { font-size: 1.5em; margin: 0 0 0.5em; }
  .fz-step-heading, .fz-check-title { font-size: 1.25em; margin: 0 0 0.5em; }
  .fz-step-title { display: block; }
  /* Inside the step heading, so moving to a step reads where the citizen is (GOV.UK's caption). */
  .fz-progress { display: block; color: var(--fz-color-muted); font-size: var(--fz-font-size); font-weight: 400; margin-block-end: 0.25em; }
  .fz-field, .fz-section, .fz-row { border: 0; margin: 0 0 1.25em; padding: 0; min-inline-size: 0; }
  .fz-section { padding-block-start: 0.5em; border-block-start: 1px solid var(--fz-color-border); }
  .fz-section-title { font-size: 1.15em; font-weight: 700; padding: 0; margin-block-end: 0.5em; }
  .fz-row { padding: 0.75em; background: var(--fz-color-surface); border-radius: var(--fz-radius); }
  .fz-row-title { font-weight: 700; padding: 0; }
  .fz-label { display: block; font-weight: 700; margin-block-end: 0.25em; padding: 0; }
  .fz-label-inline { display: inline; font-weight: 400; }
  .fz-tag { display: inline-block; font-weight: 400; margin-inline-start: 0.5em; padding: 0 0.4em; border: 1px solid var(--fz-color-text); border-radius: var(--fz-radius); }
  .fz-marker { font-weight: 400; color: var(--fz-color-muted); margin-inline-start: 0.25em; }
  .fz-hint { display: block; color: var(--fz-color-muted); margin-block-end: 0.4em; }
  /* Shown whole: a scroll box would hide part of what the citizen agrees to, and older browsers cannot scroll it by keyboard. */
  .fz-consent-text {
    display: block; white-space: pre-line; padding: 0.75em; margin-block-end: 0.5em;
    border: 1px solid var(--fz-color-border); border-radius: var(--fz-radius); background: var(--fz-color-surface);
  }
  .fz-error { display: block; color: var(--fz-color-error); font-weight: 700; margin: 0 0 0.4em; }
  .fz-field--error { border-inline-start: 5px solid var(--fz-color-error); padding-inline-start: 0.75em; }
  input, select, textarea {
    display: block; font: inherit; color: var(--fz-color-text); background: var(--fz-color-bg);
    min-block-size: var(--fz-target-size); inline-size: 100%; padding: 0.3em 0.5em; margin: 0;
    border: 2px solid var(--fz-color-border); border-radius: 0; line-height: 1.4;
  }
  .fz-input--short { max-inline-size: 12em; }
  textarea { resize: vertical; }
  input[aria-invalid='true'], select[aria-invalid='true'], textarea[aria-invalid='true'] { border-color: var(--fz-color-error); }
  input[readonly] { background: var(--fz-color-surface); }
  ::placeholder { color: var(--fz-color-placeholder); opacity: 1; }
  :host([care-mode]) input, :host([care-mode]) select, :host([care-mode]) textarea { line-height: 1.5; }
  .fz-options { display: flex; flex-direction: column; gap: 0.5em; }
  .fz-option { display: flex; align-items: center; gap: 0.6em; flex-wrap: wrap; }
  .fz-option input[type='radio'], .fz-option input[type='checkbox'] {
    inline-size: var(--fz-target-size); block-size: var(--fz-target-size); min-block-size: 0; flex: none; margin: 0;
    accent-color: var(--fz-color-primary);
  }
  .fz-option label { flex: 1; cursor: pointer; }
  .fz-option-hint { flex-basis: 100%; padding-inline-start: calc(var(--fz-target-size) + 0.6em); margin: 0; }
  .fz-file { padding: 0.4em; }
  .fz-files { list-style: none; padding: 0; margin: 0.5em 0 0; }
  .fz-files li { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; padding: 0.25em 0; }
  .fz-count { color: var(--fz-color-muted); margin-block-start: 0.25em; }
  .fz-count--over { color: var(--fz-color-error); font-weight: 700; }
  .fz-actions { display: flex; flex-wrap: wrap; gap: 0.75em; align-items: center; margin-block-start: 0.5em; }
  .fz-link-button {
    border: 0; background: none; color: var(--fz-color-primary); text-decoration: underline; padding: 0.25em;
    min-inline-size: 0;
  }
  .fz-secondary { margin-block-start: 0.5em; }
  .fz-error-summary {
    border: 5px solid var(--fz-color-error); padding: 1em; margin-block-end: 1em;
  }
  .fz-error-summary-title { font-size: 1.2em; margin: 0 0 0.5em; }
  .fz-error-summary ul { margin: 0; padding-inline-start: 1.2em; }
  .fz-error-summary a { color: var(--fz-color-error); font-weight: 700; }
  :host([care-mode]) .fz-error-summary a { display: inline-block; min-block-size: var(--fz-target-size); padding-block: 0.3em; }
  .fz-notice { border-inline-start: 5px solid var(--fz-color-primary); padding: 0.75em 1em; background: var(--fz-color-surface); }
  .fz-notice--failed, .fz-notice--auth, .fz-notice--rejected, .fz-notice--conflict { border-color: var(--fz-color-error); }
  .fz-draft-note { color: var(--fz-color-muted); margin: 0; }
  .fz-answers { margin: 0 0 1em; }
  .fz-answer { display: grid; grid-template-columns: minmax(8em, 1fr) 2fr auto; gap: 0.5em; padding: 0.5em 0; border-block-end: 1px solid var(--fz-color-border); }
  .fz-answer dt { font-weight: 700; }
  .fz-answer dd { margin: 0; overflow-wrap: anywhere; }
  .fz-receipt { border: 3px solid var(--fz-color-primary); padding: 1em 1.25em; }
  .fz-receipt-title { margin-block-start: 0; }
  .fz-receipt-facts div { display: flex; gap: 1em; flex-wrap: wrap; }
  .fz-receipt-facts dt { font-weight: 700; }
  .fz-receipt-facts dd { margin: 0; }
  .fz-receipt-no { font-size: 1.4em; font-weight: 700; letter-spacing: 0.05em; }
  .fz-warning { margin-block-start: 0.5em; padding: 0.5em 0.75em; border-inline-start: 5px solid var(--fz-color-text); background: var(--fz-color-surface); }
  .fz-derived { color: var(--fz-color-muted); margin: 0.25em 0 0; }
  .fz-cascade { display: flex; flex-direction: column; gap: 0.5em; }
  .fz-cascade-level label { display: block; margin-block-end: 0.2em; }
  @media (max-width: 30em) { .fz-answer { grid-template-columns: 1fr; } }
  @media print {
    .fz-no-print, .fz-actions, .fz-error-summary { display: none !important; }
    .fz-receipt { border: 1px solid #000; }
  }
`;
