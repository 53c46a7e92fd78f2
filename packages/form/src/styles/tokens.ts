import { css } from 'lit';

/**
 * Shared look of every fazhi-kit element: a defensive reset against portal CSS, the documented
 * `--fz-*` custom properties, and care mode (关怀模式). Sizes use max(16px, 1em) so a portal's
 * `html { font-size: 10px }` cannot shrink body text.
 */
export const tokens = css`
  :host {
    --fz-color-text: #1a1a1a;
    --fz-color-muted: #505050;
    --fz-color-bg: #ffffff;
    --fz-color-border: #6b6b6b;
    --fz-color-primary: #0b57a4;
    --fz-color-primary-text: #ffffff;
    --fz-color-error: #b3261e;
    --fz-color-focus: #ffbf47;
    --fz-color-placeholder: #6b6b6b;
    --fz-color-surface: #f3f5f7;
    --fz-font-family: system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
    --fz-font-size: max(16px, 1rem);
    --fz-line-height: 1.6;
    --fz-radius: 4px;
    --fz-space: 0.75em;
    --fz-target-size: 40px;

    display: block;
    box-sizing: border-box;
    background: var(--fz-color-bg);
    font-family: var(--fz-font-family);
    text-align: start;
    /* A portal's \`* { font-size: 12px }\` matches the host too, and the page's rules beat \`:host\`
       unless these are important: size, line height and colour are set through the --fz-* properties. */
    color: var(--fz-color-text) !important;
    font-size: var(--fz-font-size) !important;
    line-height: var(--fz-line-height) !important;
  }
  :host([hidden]) { display: none; }
  /* 关怀模式 (适老化): body ≥ 18px, line height ≥ 1.5, contrast ≥ 7:1, targets ≥ 44px. */
  :host([care-mode]) {
    --fz-font-size: max(20px, 1.25rem);
    --fz-line-height: 1.75;
    --fz-color-text: #000000;
    --fz-color-muted: #1f1f1f;
    --fz-color-border: #000000;
    --fz-color-primary: #003d7a;
    --fz-color-error: #8c1d18;
    --fz-color-placeholder: #474747;
    --fz-target-size: 48px;
  }
  *, *::before, *::after { box-sizing: inherit; }
  [hidden] { display: none !important; }
  :focus-visible { outline: 3px solid var(--fz-color-focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--fz-color-text); }
  .fz-visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important;
    padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; white-space: nowrap !important; border: 0 !important;
  }
  button {
    font: inherit; min-height: var(--fz-target-size); min-width: var(--fz-target-size); padding: 0.4em 1em;
    border: 2px solid var(--fz-color-primary); border-radius: var(--fz-radius); cursor: pointer;
    background: var(--fz-color-bg); color: var(--fz-color-primary);
  }
  button.fz-primary { background: var(--fz-color-primary); color: var(--fz-color-primary-text); }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  @media print { button { display: none; } :host { color: #000; background: #fff; } }
`;
