import { annotation, choicesOf, fieldKind, getAt, join, objectShape, type Matcher, type SchemaObject } from '@fazhi/core';
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

/** The fields of an object as they apply now; `only` limits them to some property names (a step). */
export function renderObject(state: RenderState, nodes: SchemaObject[], pointer: string, only?: ReadonlySet<string>): TemplateResult {
  const { resolver } = state.host;
  const shape = objectShape(nodes, getAt(state.settled, pointer), resolver, state.matches);
  const properties = only ? shape.properties.filter((p) => only.has(p.name)) : shape.properties;
  return html`${properties.map((property) => renderField(state, property.nodes, join(pointer, property.name), property.name, shape.required.has(property.name)))}`;
}

export function renderField(state: RenderState, nodes: SchemaObject[], pointer: string, name: string, required: boolean): TemplateResult {
  const { resolver } = state.host;
  const node = nodes[0] ?? {};
  const kind = fieldKind(node, resolver);
  const title = annotation<string>(nodes, 'title') ?? name;
  const hint = (annotation<string>(nodes, 'x-fz-help' as keyof SchemaObject) ?? annotation<string>(nodes, 'description')) || undefined;
  if (kind === 'object') {
    return html`<fieldset class="fz-section" part="section" data-pointer=${pointer}>
      <legend class="fz-section-title">${title}</legend>
      ${hint ? html`<div class="fz-hint">${hint}</div>` : nothing}
      ${renderObject(state, nodes, pointer)}
    </fieldset>`;
  }
  const ctx: FieldContext = {
    host: state.host,
    id: fieldId(state.idPrefix, pointer),
    pointer,
    kind,
    nodes,
    node: Object.assign({}, ...[...nodes].reverse()) as SchemaObject,
    title,
    hint,
    required,
    value: getAt(state.raw, pointer),
    settled: getAt(state.settled, pointer),
    error: state.errors.get(pointer),
    warning: state.warnings.has(pointer) ? { message: state.warnings.get(pointer)!, confirmed: !state.errors.has(pointer) } : undefined,
    choices: kind === 'choice' ? choicesOf(node, resolver) : kind === 'multichoice' ? choicesOf(resolver.deref(node.items!) as SchemaObject, resolver) : undefined,
    derived: nodes.some((n) => n['x-fz-derive'] !== undefined),
  };
  return widgetFor(ctx)(ctx);
}
