import { css } from 'lit';

/** `<fz-list>`'s own parts: row headers, cards, the date range and the detail view. */
export const fzListStyles = css`
  .fz-row th { font-weight: normal; text-align: start; }
  .fz-list-open {
    background: none; border: 0; padding: 0; font: inherit; text-align: start; cursor: pointer;
    color: var(--fz-color-primary); text-decoration: underline; text-underline-offset: 0.2em;
  }
  .fz-date-range { border: 0; padding: 0; margin: 0; display: grid; gap: 0.25em; }
  .fz-date-range__row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; }
  .fz-list-back { margin-block-end: var(--fz-space); }
  .fz-list-detail__title { margin-block: 0 0.75em; font-size: 1.15em; }
  .fz-list-detail__fields { margin: 0; display: grid; gap: 0.5em; }
  .fz-list-detail__row { display: grid; grid-template-columns: minmax(6em, 10em) 1fr; gap: 0.25em 1em; }
  .fz-list-detail__row dt { font-weight: 600; }
  .fz-list-detail__row dd { margin: 0; overflow-wrap: anywhere; }
  .fz-list-detail__row a, .fz-list-detail__permalink a { color: var(--fz-color-primary); }
  .fz-cards { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--fz-space); }
  .fz-card { border: 1px solid var(--fz-color-border); border-radius: var(--fz-radius); padding: 0.75em 1em; }
  .fz-card__title { margin: 0 0 0.5em; font-weight: 600; }
  .fz-card__fields { margin: 0; display: grid; gap: 0.25em; }
  .fz-card__field { display: grid; grid-template-columns: 6.5em 1fr; gap: 0.5em; }
  .fz-card__field dt { color: var(--fz-color-muted); }
  .fz-card__field dd { margin: 0; }
  @media (max-width: 480px) { .fz-list-detail__row { grid-template-columns: 1fr; } }
  @media print { .fz-list-back, .fz-list-detail__permalink { display: none; } }
`;
