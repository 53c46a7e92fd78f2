import { css } from 'lit';

/**
 * Looks of the shared list parts (search, chips, table, pager, states). Uses only the `--fz-*`
 * tokens and class selectors, nothing shadow-only, so it works in a light render root too.
 */
export const listStyles = css`
  .fz-label { display: block; font-weight: 600; margin-block-end: 0.25em; }
  .fz-hint { color: var(--fz-color-muted); margin-block-end: 0.25em; }
  .fz-input {
    font: inherit; color: inherit; background: var(--fz-color-bg);
    min-height: var(--fz-target-size); padding: 0.3em 0.6em; border: 2px solid var(--fz-color-border); border-radius: var(--fz-radius);
    min-width: 0; flex: 1 1 16em;
  }
  .fz-list-search { margin-block-end: var(--fz-space); }
  .fz-list-search__row { display: flex; flex-wrap: wrap; gap: 0.5em; }

  .fz-list-chips { display: flex; flex-wrap: wrap; gap: 0.5em; margin-block: var(--fz-space); }
  .fz-chip { border-radius: 999px; padding-inline: 0.9em; border-width: 1px; color: var(--fz-color-text); border-color: var(--fz-color-border); }
  .fz-chip[aria-pressed='true'] { background: var(--fz-color-primary); border-color: var(--fz-color-primary); color: var(--fz-color-primary-text); font-weight: 600; }
  .fz-chip__count { font-variant-numeric: tabular-nums; }

  .fz-list-filters { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; margin-block: var(--fz-space); }
  .fz-filter-select, .fz-sort-select { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; }
  .fz-filter-select .fz-label, .fz-sort-select .fz-label { margin: 0; }
  .fz-filter-select .fz-input, .fz-sort-select .fz-input { flex: 0 1 auto; max-width: 100%; }
  .fz-list-toolbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5em; margin-block: var(--fz-space); }
  .fz-list-count { margin: 0; color: var(--fz-color-muted); }
  .fz-csv-button { display: inline-flex; align-items: center; gap: 0.4em; }

  /* Positioned, so visually hidden text (absolutely placed) stays inside it and cannot widen the page. */
  .fz-table-wrap { overflow-x: auto; position: relative; }
  table.fz-table { width: 100%; border-collapse: collapse; }
  .fz-table caption { text-align: start; font-weight: 600; font-size: 1.125em; padding-block: 0.25em; }
  .fz-table th, .fz-table td { text-align: start; vertical-align: top; padding: 0.5em 0.6em; border-block-end: 1px solid var(--fz-color-border); }
  .fz-table thead th { background: var(--fz-color-surface); white-space: nowrap; }
  .fz-sort-button {
    border: 0; background: none; color: inherit; font-weight: 600; padding: 0.2em 0.3em; min-width: 0;
    display: inline-flex; align-items: center; gap: 0.3em;
  }
  .fz-sort-button:hover { text-decoration: underline; }

  .fz-disclosure {
    border: 0; background: none; color: var(--fz-color-primary); padding: 0.2em 0; min-width: 0; text-align: start;
    display: inline-flex; align-items: baseline; gap: 0.4em; text-decoration: underline; text-underline-offset: 0.2em;
  }
  .fz-disclosure__icon { flex: none; transition: transform 0.15s; }
  .fz-disclosure[aria-expanded='true'] .fz-disclosure__icon { transform: rotate(90deg); }
  :dir(rtl) .fz-disclosure__icon { transform: scaleX(-1); }

  .fz-pager { margin-block: var(--fz-space); }
  .fz-pager__status { margin: 0 0 0.5em; }
  .fz-pager__list { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em; align-items: center; }
  .fz-pager__page { padding-inline: 0.6em; }
  .fz-pager button[aria-current='page'] { background: var(--fz-color-primary); color: var(--fz-color-primary-text); font-weight: 600; }
  /* Dimmed by a dashed border and the muted colour, not by opacity, so its text keeps its contrast. */
  .fz-pager button[aria-disabled='true'] { color: var(--fz-color-muted); border-color: var(--fz-color-muted); border-style: dashed; cursor: not-allowed; }

  .fz-list-empty, .fz-list-loading, .fz-list-error {
    padding: 1em; border: 1px dashed var(--fz-color-border); border-radius: var(--fz-radius); margin-block: var(--fz-space);
  }
  .fz-list-empty__title { font-weight: 600; margin-block: 0 0.5em; }
  .fz-list-error { border-style: solid; border-color: var(--fz-color-error); }
  .fz-list-error p { color: var(--fz-color-error); margin-block: 0 0.5em; }
  .fz-list-loading { display: flex; align-items: center; gap: 0.6em; }
  .fz-spinner {
    width: 1.2em; height: 1.2em; border-radius: 50%; border: 3px solid var(--fz-color-surface); border-block-start-color: var(--fz-color-primary);
    animation: fz-spin 0.9s linear infinite;
  }
  @keyframes fz-spin { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) { .fz-spinner { animation: none; } .fz-disclosure__icon { transition: none; } }

  @media print {
    .fz-list-search, .fz-list-chips, .fz-list-filters, .fz-pager, .fz-csv-button, .fz-sort-icon { display: none !important; }
    .fz-table-wrap { overflow: visible; }
    .fz-table th, .fz-table td { border-color: #000; }
    .fz-disclosure { color: #000; text-decoration: none; }
    .fz-disclosure__icon { display: none; }
    tr { break-inside: avoid; }
  }
`;
