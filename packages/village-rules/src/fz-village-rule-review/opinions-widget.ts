import { choicesOf, join, type PrecheckFlag, type SchemaObject } from '@fazhi/core';
import { widgetFor, type FieldContext } from '@fazhi/form';
import { html, nothing } from 'lit';
import { flagList } from '../precheck/advice.js';
import type { ReviewHost } from './record-widget.js';

interface Opinion {
  articleNo: number;
  opinion?: string;
  issue?: string;
  reason?: string;
  legalBasis?: string;
  suggestedText?: string;
}

/** What a reviewer writes besides the verdict; shown for 建议修改 and 应当删除. */
const DETAILS = ['issue', 'reason', 'legalBasis', 'suggestedText'];
const NEEDS_DETAILS = new Set(['revise', 'delete']);

/** The opinion row for one article, written so the schema's `required` applies as it should. */
function rowFor(no: number, opinion: string, before: Opinion | undefined, flags: PrecheckFlag[]): Opinion {
  if (!NEEDS_DETAILS.has(opinion)) return { articleNo: no, opinion };
  const row: Opinion = { ...before, articleNo: no, opinion };
  // The pre-check's finding is a starting point the reviewer can change.
  row.issue ??= flags[0]?.issue;
  row.legalBasis ??= flags[0]?.basis;
  for (const key of Object.keys(row) as (keyof Opinion)[]) if (row[key] === undefined) delete row[key];
  return row;
}

/**
 * `articleOpinions`: every article of the submission with its pre-check flags, and the reviewer's
 * opinion on it (合法 / 建议修改 / 应当删除, or none yet). The data holds one row per article with an
 * opinion, in article order; reason, legal basis and suggested text are asked for 建议修改/应当删除.
 */
export function opinionsWidget(ctx: FieldContext) {
  const host = ctx.host as ReviewHost;
  const t = host.vt;
  const articles = host.record?.data.articles ?? [];
  const rows = (Array.isArray(ctx.value) ? ctx.value : []) as Opinion[];
  const item = ctx.nodes.map((n) => n.items && host.resolver.deref(n.items)).find((n): n is SchemaObject => !!n && typeof n === 'object') ?? {};
  const properties = (item.properties ?? {}) as Record<string, SchemaObject>;
  const details: SchemaObject = { ...item, properties: Object.fromEntries(DETAILS.filter((k) => properties[k]).map((k) => [k, properties[k]!])) };
  const opinionNode = properties.opinion ? (host.resolver.deref(properties.opinion) as SchemaObject) : {};
  const choices = [{ value: undefined as string | undefined, title: t('opinionNone') }, ...(choicesOf(opinionNode, host.resolver) ?? []).map((c) => ({ value: String(c.value), title: c.title }))];
  const flags = articles.map((a) => host.precheck(a.text));
  const flagged = flags.map((f, i) => (f.length ? t('articleHeading', { no: i + 1 }) : '')).filter(Boolean);

  const choose = (no: number, opinion: string | undefined) => {
    const before = rows.find((r) => r.articleNo === no);
    const next = rows.filter((r) => r.articleNo !== no);
    if (opinion) next.push(rowFor(no, opinion, before, flags[no - 1] ?? []));
    next.sort((a, b) => a.articleNo - b.articleNo);
    ctx.host.setValue(ctx.pointer, next.length ? next : undefined);
  };

  return html`<div class="fz-field fz-opinions ${ctx.error ? 'fz-field--error' : ''}" part="field" data-pointer=${ctx.pointer}>
    <h4 class="fz-section-title" id=${ctx.id} tabindex="-1">${ctx.title}</h4>
    <p class="fz-hint">${t('opinionsHint')}</p>
    <p class="fz-opinions-flagged">${flagged.length ? t('opinionsFlagged', { count: flagged.length, list: flagged.join('、') }) : t('opinionsClean')}</p>
    ${ctx.error
      ? html`<p class="fz-error" part="error"><span class="fz-visually-hidden">${ctx.host.t('errorPrefix')}</span>${ctx.error}</p>`
      : nothing}
    ${articles.map((article, i) => {
      const no = i + 1;
      const index = rows.findIndex((r) => r.articleNo === no);
      const row = rows[index];
      const name = `${ctx.id}-a${no}`;
      return html`<div class="fz-article" part="article">
        <h5 class="fz-article-heading" id="${name}-heading">${t('articleHeading', { no })}</h5>
        ${article.chapter ? html`<p class="fz-article-chapter">${article.chapter}</p>` : nothing}
        <p class="fz-article-text">${article.text}</p>
        ${flags[i]!.length
          ? html`<div class="fz-advice fz-advice--on" part="advice">${flagList(flags[i]!, t)}</div>`
          : html`<p class="fz-hint">${t('noFlags')}</p>`}
        <fieldset class="fz-field fz-group" part="field">
          <legend class="fz-label" part="label">${t('opinionLegend', { no })}</legend>
          <div class="fz-options fz-options--inline" part="options">
            ${choices.map(
              (choice, j) => html`<div class="fz-option">
                <input
                  type="radio"
                  id="${name}-o${j}"
                  name=${name}
                  .checked=${(row?.opinion ?? undefined) === choice.value}
                  ?disabled=${ctx.host.readonly}
                  @change=${() => choose(no, choice.value)}
                />
                <label for="${name}-o${j}">${choice.title}</label>
              </div>`,
            )}
          </div>
        </fieldset>
        ${row && NEEDS_DETAILS.has(row.opinion ?? '') ? ctx.host.renderObject([details], join(ctx.pointer, index)) : nothing}
      </div>`;
    })}
  </div>`;
}

/** A required yes/no (程序审查“是否符合要求”) as two radios, so “no” is a choice, not an untouched box. */
export function yesNoWidget(ctx: FieldContext) {
  const host = ctx.host as ReviewHost;
  const radios = widgetFor({ ...ctx, node: { ...ctx.node, 'x-fz-widget': 'radio' } });
  return radios({ ...ctx, kind: 'choice', choices: [{ value: true, title: host.vt('yes') }, { value: false, title: host.vt('no') }] });
}
