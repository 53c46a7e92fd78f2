import { css } from 'lit';

/**
 * @cssprop --fz-power-list-flow-color - colour of the process chart's boxes and arrows (default: primary)
 * @cssprop --fz-power-list-row-hover - background of a hovered row
 */
export const powerListStyles = css`
  .fz-cell--code { white-space: nowrap; font-variant-numeric: tabular-nums; }
  .fz-row:hover { background: var(--fz-power-list-row-hover, var(--fz-color-surface)); }
  .fz-row th { font-weight: normal; }
  .fz-detail-row > td { background: var(--fz-color-surface); padding: 0.75em 1em 1em; }

  .fz-detail__list { margin: 0; display: grid; gap: 0.5em; }
  .fz-detail__row { display: grid; grid-template-columns: minmax(6em, 10em) 1fr; gap: 0.25em 1em; }
  .fz-detail__row dt { font-weight: 600; }
  .fz-detail__row dd { margin: 0; }
  .fz-detail__row ol, .fz-detail__row ul { margin: 0; padding-inline-start: 1.4em; }
  .fz-basis__law { font-style: normal; font-weight: 600; }
  .fz-basis__text { display: block; color: var(--fz-color-muted); quotes: '“' '”'; }
  .fz-basis__link { display: inline-block; margin-block-start: 0.2em; color: var(--fz-color-primary); }
  .fz-detail__basis { color: var(--fz-color-muted); }
  .fz-detail__heading { font-weight: 600; margin-block: 1em 0.5em; }
  .fz-detail__permalink { margin-block: 1em 0; }
  .fz-detail__permalink a { color: var(--fz-color-primary); }
  :host([care-mode]) .fz-detail__permalink a { display: inline-block; min-block-size: var(--fz-target-size); padding-block: 0.3em; }

  /* Process chart: numbered boxes joined by a drawn arrow; the list order is the reading order. */
  .fz-flow { list-style: none; margin: 0; padding: 0; counter-reset: none; }
  .fz-flow__step { position: relative; display: flex; align-items: flex-start; gap: 0.75em; padding-block-end: 1.75em; }
  .fz-flow__step:last-child { padding-block-end: 0; }
  .fz-flow__step:not(:last-child)::before {
    content: ''; position: absolute; inset-inline-start: calc(1em - 1px); inset-block-start: 2em; inset-block-end: 0.35em;
    border-inline-start: 2px solid var(--fz-power-list-flow-color, var(--fz-color-primary));
  }
  .fz-flow__step:not(:last-child)::after {
    content: ''; position: absolute; inset-inline-start: calc(1em - 6px); inset-block-end: 0;
    border-inline: 6px solid transparent; border-block-start: 8px solid var(--fz-power-list-flow-color, var(--fz-color-primary));
  }
  .fz-flow__num {
    flex: none; width: 2em; height: 2em; border-radius: 50%; display: grid; place-items: center; font-weight: 600;
    background: var(--fz-power-list-flow-color, var(--fz-color-primary)); color: var(--fz-color-primary-text);
  }
  .fz-flow__box {
    flex: 1; display: flex; flex-direction: column; gap: 0.15em; padding: 0.35em 0.75em;
    border: 2px solid var(--fz-power-list-flow-color, var(--fz-color-primary)); border-radius: var(--fz-radius); background: var(--fz-color-bg);
  }
  .fz-flow__limit { color: var(--fz-color-muted); }

  .fz-cards { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--fz-space); }
  .fz-card { border: 1px solid var(--fz-color-border); border-radius: var(--fz-radius); padding: 0.75em 1em; }
  .fz-card__title { margin: 0 0 0.5em; font-weight: 600; }
  .fz-card__fields { margin: 0; display: grid; gap: 0.25em; }
  .fz-card__field { display: grid; grid-template-columns: 6.5em 1fr; gap: 0.5em; }
  .fz-card__field dt { color: var(--fz-color-muted); }
  .fz-card__field dd { margin: 0; }
  .fz-card .fz-detail { margin-block-start: 0.75em; padding-block-start: 0.75em; border-block-start: 1px solid var(--fz-color-border); }
  .fz-card .fz-detail__row { grid-template-columns: 1fr; }


  @media print {
    .fz-list-toolbar .fz-list-count { color: #000; }
    .fz-detail-row > td { background: none; }
    .fz-row:hover { background: none; }
    .fz-detail__permalink { display: none; }
    .fz-flow__num { border: 2px solid #000; background: none; color: #000; }
    .fz-flow__box, .fz-flow__step::before { border-color: #000; }
    .fz-flow__step::after { border-block-start-color: #000; }
  }
`;
