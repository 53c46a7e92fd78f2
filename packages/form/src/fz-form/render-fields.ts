import { choicesOf, fieldKind, getAt, join, objectShape, shownAnnotations, textOf, type Matcher, type SchemaObject, type ShapeProperty } from '@fazhi/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldContext, FormHost } from '../widgets/context.js';
import { widgetFor } from '../widgets/registry.js';

/** The state a render reads: what was typed, what it settles to, and the errors on show. */
export interface RenderState {
  /** The form's own id prefix: ids stay unique in the page (a light render root shares it). */
  idPrefix: string;
  host: FormHost;
  matches: Matcher;
  raw: unknown;
  settled: unknown;
  errors: ReadonlyMap<string, string>;
  /** Relaxed issues found at the last validation, by pointer. */
  warnings: ReadonlyMap<string, string>;
}

/** The id of the control of a pointer in one form (ASCII only, stable across renders). */
export function fieldId(idPrefix: string, pointer: string): string {
  return `${idPrefix}${pointer.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}

/**
 * The fields of an object as they apply now; `only` limits them to some property names (a step).
 * A list of plain values (strings, numbers) has one field per row, named `label`.
 */
export function renderObject(state: RenderState, nodes: SchemaObject[], pointer: string, only?: ReadonlySet<string>, label = ''): TemplateResult {
  const { resolver } = state.host;
  if (nodes[0] && fieldKind(nodes[0], resolver) !== 'object') return renderField(state, { name: label, nodes, declared: [] }, pointer, true);
  const shape = objectShape(nodes, getAt(state.settled, pointer), resolver, state.matches);
  const properties = only ? shape.properties.filter((p) => only.has(p.name)) : shape.properties;
  return html`${properties.map((p) => renderField(state, p, join(pointer, p.name), shape.required.has(p.name)))}`;
}

type FieldDeclarations = Pick<ShapeProperty, 'name' | 'nodes' | 'declared'>;

export function renderField(state: RenderState, property: FieldDeclarations, pointer: string, required: boolean): TemplateResult {
  const { resolver } = state.host;
  const { nodes, name } = property;
  const node = nodes[0] ?? {};
  const kind = fieldKind(node, resolver);
  // Annotations of the branch that applies now win (its hint, title, widget), and only text is shown.
  const shown = shownAnnotations(property);
  const title = textOf(shown.title, `the title at ${pointer}`) ?? name;
  const hint = (textOf(shown['x-fz-help'], `the x-fz-help at ${pointer}`) ?? textOf(shown.description, `the description at ${pointer}`)) || undefined;
  const placeholder = textOf(shown['x-fz-placeholder'], `the x-fz-placeholder at ${pointer}`);
  if (kind === 'object') {
    return html`<fieldset class="fz-section" part="section" data-pointer=${pointer}>
      <legend class="fz-section-title">${title}</legend>
      ${hint ? html`<div class="fz-hint">${hint}</div>` : nothing}
      ${renderObject(state, nodes, pointer)}
    </fieldset>`;
  }
  const merged = Object.assign({}, ...[...nodes].reverse(), shown, { title, description: hint, 'x-fz-placeholder': placeholder }) as SchemaObject;
  const items = kind === 'multichoice' ? (resolver.deref(node.items!) as SchemaObject) : undefined;
  const ctx: FieldContext = {
    host: state.host,
    id: fieldId(state.idPrefix, pointer),
    pointer,
    kind,
    nodes,
    node: merged,
    title,
    hint,
    required,
    value: getAt(state.raw, pointer),
    settled: getAt(state.settled, pointer),
    error: state.errors.get(pointer),
    warning: state.warnings.has(pointer) ? { message: state.warnings.get(pointer)!, confirmed: !state.errors.has(pointer) } : undefined,
    choices: kind === 'choice' ? choicesOf(node, resolver, pointer) : items ? choicesOf(items, resolver, pointer) : undefined,
    derived: nodes.some((n) => n['x-fz-derive'] !== undefined),
  };
  return widgetFor(ctx)(ctx);
}
