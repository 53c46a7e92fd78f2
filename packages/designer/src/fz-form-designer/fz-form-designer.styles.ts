import { css } from 'lit';

export const designerStyles = css`
  :host { display: block; font: 16px/1.5 system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif; color: #1a1a1a; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 0; border-bottom: 1px solid #ccc; }
  .regions { display: grid; grid-template-columns: minmax(200px, 1fr) minmax(260px, 1.2fr) minmax(320px, 2fr); gap: 16px; align-items: start; }
  @media (max-width: 900px) { .regions { grid-template-columns: 1fr; } }
  h2 { font-size: 1.1rem; margin: 12px 0 8px; }
  button, select, input, textarea { font: inherit; }
  button { min-height: 36px; padding: 4px 10px; border: 1px solid #555; border-radius: 4px; background: #fff; color: #1a1a1a; cursor: pointer; }
  button[aria-pressed='true'] { background: #0b4f8a; color: #fff; }
  button:disabled { color: #595959; border-color: #999; cursor: not-allowed; }
  :focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
  [role='tree'] { list-style: none; margin: 0; padding: 0; border: 1px solid #ccc; max-height: 70vh; overflow: auto; }
  [role='treeitem'] { display: flex; gap: 6px; align-items: baseline; padding: 4px 8px; cursor: pointer; }
  [role='treeitem'][aria-selected='true'] { background: #dbe9f7; }
  [role='treeitem'] .toggle { width: 1em; display: inline-block; }
  .origin { font-size: 0.85em; padding: 0 4px; border-radius: 3px; border: 1px solid #777; }
  .origin.changed { background: #fff3cd; }
  .origin.added { background: #d4edda; }
  .lock { color: #6b3e00; }
  .move { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; align-items: center; }
  .setting { display: flex; flex-direction: column; margin-bottom: 10px; }
  .setting.check { flex-direction: row; gap: 8px; align-items: center; }
  .setting input:not([type='checkbox']), .setting textarea, .setting select { padding: 6px; border: 1px solid #555; border-radius: 4px; }
  .setting.short input { max-width: 10em; }
  .options ol { padding-left: 1.5em; }
  .options li { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 6px; align-items: center; }
  .hint { color: #444; font-size: 0.9em; margin: 0 0 6px; }
  .preview-frame { border: 1px solid #ccc; padding: 8px; overflow: auto; }
  .preview-frame.phone { max-width: 375px; }
  .issues li.error { color: #a00; }
  .refused { border: 2px solid #a00; padding: 8px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
