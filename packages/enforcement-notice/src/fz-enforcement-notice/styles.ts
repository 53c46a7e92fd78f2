import { css } from 'lit';

/** The notice's own looks, on top of the shared tokens and list styles; class selectors only. */
export const noticeStyles = css`
  .fz-tabs { display: flex; flex-wrap: wrap; gap: 0.25em; border-block-end: 2px solid var(--fz-color-primary); margin-block-end: var(--fz-space); }
  .fz-tab {
    border: 2px solid transparent; border-block-end: 0; border-radius: var(--fz-radius) var(--fz-radius) 0 0;
    color: var(--fz-color-text); background: var(--fz-color-surface); margin-block-end: -2px;
  }
  .fz-tab[aria-selected='true'] {
    background: var(--fz-color-bg); border-color: var(--fz-color-primary); border-block-end: 2px solid var(--fz-color-bg);
    color: var(--fz-color-primary); font-weight: 700;
  }
  .fz-panel:focus-visible { outline-offset: 4px; }

  .fz-filters { border: 1px solid var(--fz-color-border); border-radius: var(--fz-radius); padding: 0.5em var(--fz-space) var(--fz-space); margin: 0 0 var(--fz-space); }
  .fz-filters legend { font-weight: 600; padding-inline: 0.3em; }
  .fz-filters__row { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: flex-end; }
  .fz-filter, .fz-filters .fz-filter-select { display: flex; flex-direction: column; align-items: stretch; gap: 0; min-width: 12em; flex: 1 1 12em; }
  .fz-filter .fz-input, .fz-filters .fz-filter-select .fz-input { flex: none; width: 100%; max-width: none; }
  .fz-filters__hint { flex-basis: 100%; margin: 0; }
  .fz-filters__clear { margin-block-start: 0.5em; }

  .fz-num { font-variant-numeric: tabular-nums; }
  .fz-code { font-variant-numeric: tabular-nums; word-break: break-all; }
  .fz-muted { color: var(--fz-color-muted); }
  .fz-plain-list { margin: 0; padding-inline-start: 1.2em; }
  .fz-table tbody th { font-weight: 600; }
  .fz-link-button {
    border: 0; background: none; padding: 0.2em 0; min-width: 0; text-align: start; color: var(--fz-color-primary);
    text-decoration: underline; text-underline-offset: 0.2em; font-weight: 600;
  }
  .fz-badge { display: inline-block; padding: 0 0.4em; border: 1px solid currentColor; border-radius: var(--fz-radius); white-space: nowrap; }
  .fz-badge--expired { color: var(--fz-color-error); font-weight: 600; }
  a { color: var(--fz-color-primary); }
  :host([care-mode]) a { display: inline-block; min-block-size: var(--fz-target-size); padding-block: 0.3em; }

  .fz-charts { margin-block-start: calc(var(--fz-space) * 2); }
  .fz-charts__head { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; justify-content: space-between; }
  .fz-charts__title { font-size: 1.25em; margin: 0; }
  .fz-charts__grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr)); gap: var(--fz-space); }
  .fz-chart { margin: 0; padding: var(--fz-space); border: 1px solid var(--fz-color-border); border-radius: var(--fz-radius); }
  .fz-chart__title { font-size: 1.0625em; margin: 0 0 0.25em; }
  .fz-chart__summary { margin: 0 0 0.5em; color: var(--fz-color-muted); }
  .fz-chart__bars { display: grid; grid-template-columns: auto 1fr; gap: 0.25em 0.6em; align-items: center; }
  .fz-chart__row { display: contents; }
  .fz-chart__label { text-align: end; max-inline-size: 10em; overflow-wrap: anywhere; }
  .fz-chart__track { display: flex; align-items: center; gap: 0.4em; min-inline-size: 0; block-size: 1.4em; }
  .fz-chart__bar-box { display: block; flex: none; }
  .fz-chart__bar { fill: var(--fz-color-primary); }
  .fz-chart__value { font-variant-numeric: tabular-nums; }
  .fz-chart__table { margin-block-start: 0.5em; }

  .fz-detail__actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin-block-end: var(--fz-space); }
  .fz-back { display: inline-flex; align-items: center; gap: 0.4em; }
  .fz-detail__title { font-size: 1.375em; margin: 0 0 var(--fz-space); }
  .fz-detail__title:focus { outline: none; }
  .fz-detail__title:focus-visible { outline: 3px solid var(--fz-color-focus); }
  .fz-detail__docno { display: block; font-size: 0.8em; font-weight: 400; color: var(--fz-color-muted); }
  .fz-detail__list { margin: 0; }
  .fz-detail__row { display: grid; grid-template-columns: minmax(7em, 12em) 1fr; gap: 0.25em 1em; padding-block: 0.5em; border-block-end: 1px solid var(--fz-color-surface); }
  .fz-detail__row dt { font-weight: 600; }
  .fz-detail__row dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
  .fz-detail__note { color: var(--fz-color-muted); }
  @media (max-width: 30em) { .fz-detail__row { grid-template-columns: 1fr; } }

  /* Print one decision: only the detail, black on white, no controls. */
  @media print {
    .fz-tabs, .fz-filters, .fz-charts, .fz-detail__actions, .fz-list-toolbar { display: none !important; }
    .fz-detail__row { break-inside: avoid; border-color: #999; }
    .fz-detail__title, .fz-detail__docno, .fz-detail__note { color: #000; }
  }
`;
