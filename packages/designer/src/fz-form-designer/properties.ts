import { getAt, type SchemaObject } from '@fazhi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { effectiveNode, isObject, isRequired, lockedReason, type OutlineItem } from './outline.js';

/** What the property panel asks of the designer: each change becomes one undoable operation. */
export interface PanelHost {
  doc: SchemaObject;
  /** `typing`: more keystrokes on the same setting join this change in the undo list. */
  setKeyword(keyword: string, value: unknown, typing?: boolean): void;
  setRequired(required: boolean): void;
  addOption(title: string): void;
  removeOption(index: number): void;
  moveOption(from: number, to: number): void;
  relabelOption(index: number, title: string, typing?: boolean): void;
  removeField(): void;
  /** Shows the field in the preview and moves focus to it there. */
  showInPreview(): void;
}

type Settings = Record<string, unknown>;

interface Option {
  const: unknown;
  title?: string;
  'x-fz-locked'?: string | boolean;
}

const WIDGETS: Record<string, [string, string][]> = {
  text: [['', '单行输入框'], ['textarea', '多行输入框']],
  choice: [['', '自动'], ['radio', '单选按钮'], ['select', '下拉列表']],
};
const FORMATS: [string, string][] = [['', '不限'], ['date', '日期'], ['email', '电子邮箱'], ['uri', '网址']];
const PII: [string, string][] = [['', '未标明'], ['none', '不是个人信息'], ['pi', '个人信息'], ['sensitive', '敏感个人信息']];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const numberOrUndefined = (input: HTMLInputElement): number | undefined => (input.value === '' ? undefined : Number(input.value));

function textSetting(host: PanelHost, node: Settings, keyword: string, label: string, multiline = false): TemplateResult {
  const id = `prop-${keyword}`;
  const onInput = (e: Event) => host.setKeyword(keyword, (e.target as HTMLInputElement).value || undefined, true);
  return html`<div class="setting">
    <label for=${id}>${label}</label>
    ${multiline
      ? html`<textarea id=${id} rows="3" .value=${live(text(node[keyword]))} @input=${onInput}></textarea>`
      : html`<input id=${id} .value=${live(text(node[keyword]))} @input=${onInput} />`}
  </div>`;
}

function numberSetting(host: PanelHost, node: Settings, keyword: string, label: string): TemplateResult {
  const id = `prop-${keyword}`;
  const value = typeof node[keyword] === 'number' ? String(node[keyword]) : '';
  return html`<div class="setting short">
    <label for=${id}>${label}</label>
    <input id=${id} type="number" inputmode="numeric" .value=${live(value)} @change=${(e: Event) => host.setKeyword(keyword, numberOrUndefined(e.target as HTMLInputElement))} />
  </div>`;
}

function choiceSetting(host: PanelHost, node: Settings, keyword: string, label: string, choices: [string, string][]): TemplateResult {
  const id = `prop-${keyword}`;
  const current = text(node[keyword]);
  return html`<div class="setting">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => host.setKeyword(keyword, (e.target as HTMLSelectElement).value || undefined)}>
      ${choices.map(([value, title]) => html`<option value=${value} ?selected=${value === current}>${title}</option>`)}
    </select>
  </div>`;
}

function optionsSetting(host: PanelHost, options: Option[], fieldLock: string | undefined): TemplateResult {
  const addNew = (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('title') as HTMLInputElement;
    if (input.value.trim()) host.addOption(input.value.trim());
  };
  return html`<fieldset class="options">
    <legend>选项</legend>
    <p class="hint">改选项的文字不会改变已存的答案。</p>
    <ol>
      ${options.map((option, i) => {
        const reason = typeof option['x-fz-locked'] === 'string' ? option['x-fz-locked'] : option['x-fz-locked'] ? '这是法律规定的选项' : fieldLock;
        return html`<li>
          <label for="opt-${i}-title" class="visually-hidden">第 ${i + 1} 个选项</label>
          <input id="opt-${i}-title" .value=${live(text(option.title))} @input=${(e: Event) => host.relabelOption(i, (e.target as HTMLInputElement).value, true)} />
          <button type="button" id="opt-${i}-up" ?disabled=${i === 0} @click=${() => host.moveOption(i, i - 1)}>上移<span class="visually-hidden">“${text(option.title)}”</span></button>
          <button type="button" id="opt-${i}-down" ?disabled=${i === options.length - 1} @click=${() => host.moveOption(i, i + 1)}>下移<span class="visually-hidden">“${text(option.title)}”</span></button>
          <button type="button" id="opt-${i}-remove" ?disabled=${!!reason} aria-describedby=${reason ? `opt-${i}-lock` : nothing} @click=${() => host.removeOption(i)}>删除<span class="visually-hidden">“${text(option.title)}”</span></button>
          ${reason ? html`<span id="opt-${i}-lock" class="lock">🔒 ${reason}</span>` : nothing}
        </li>`;
      })}
    </ol>
    <form class="add-option" @submit=${addNew}>
      <label for="opt-add-title">新选项</label>
      <input id="opt-add-title" name="title" />
      <button id="opt-add" type="submit">添加选项</button>
    </form>
  </fieldset>`;
}

/** The settings of one field, only those that apply to its kind. */
export function propertyPanel(host: PanelHost, item: OutlineItem): TemplateResult {
  const own = getAt(host.doc, item.id);
  if (!isObject(own)) return html`<p>没有这个字段。</p>`;
  const node = effectiveNode(host.doc, item.id);
  const reason = lockedReason(host.doc, item.id);
  const required = isRequired(host.doc, item);
  const options = Array.isArray(own.oneOf) ? (own.oneOf as Option[]) : undefined;
  const kind = options ? 'choice' : node.type === 'string' ? 'text' : node.type === 'integer' || node.type === 'number' ? 'number' : item.kind === 'section' ? 'section' : 'other';
  // Titles and help are always the county's to change; only what the law demands is locked.
  const shown: Settings = { ...node, ...own };
  return html`
    ${reason ? html`<p id="lock-reason" class="lock">🔒 法律规定的内容：${reason}。可以改文字，不能删除或改为选填。</p>` : nothing}
    ${textSetting(host, shown, 'title', '标题')} ${textSetting(host, shown, 'description', '说明', true)}
    ${kind === 'text' ? textSetting(host, shown, 'x-fz-placeholder', '占位提示') : nothing}
    <div class="setting check">
      <input id="prop-required" type="checkbox" .checked=${live(required)} ?disabled=${!!reason && required}
        aria-describedby=${reason && required ? 'lock-reason' : nothing} @change=${(e: Event) => host.setRequired((e.target as HTMLInputElement).checked)} />
      <label for="prop-required">必填</label>
    </div>
    ${kind === 'text' || kind === 'choice' ? choiceSetting(host, shown, 'x-fz-widget', '控件', WIDGETS[kind]) : nothing}
    ${kind === 'text'
      ? html`${numberSetting(host, shown, 'minLength', '最少字数')} ${numberSetting(host, shown, 'maxLength', '最多字数')}
        ${options ? nothing : choiceSetting(host, shown, 'format', '格式', FORMATS)}`
      : nothing}
    ${kind === 'number' ? html`${numberSetting(host, shown, 'minimum', '最小值')} ${numberSetting(host, shown, 'maximum', '最大值')}` : nothing}
    ${options ? optionsSetting(host, options, reason) : nothing}
    ${item.kind === 'section' ? nothing : choiceSetting(host, shown, 'x-fz-pii', '个人信息级别', PII)}
    <p>
      <button id="prop-show" type="button" @click=${() => host.showInPreview()}>在预览中查看</button>
      <button id="prop-remove" type="button" ?disabled=${!!reason} aria-describedby=${reason ? 'lock-reason' : nothing} @click=${() => host.removeField()}>删除这个字段</button>
    </p>
  `;
}

