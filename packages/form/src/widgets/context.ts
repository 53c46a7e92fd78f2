import type { Choice, FieldKind, RegionNode, Resolver, SchemaObject } from '@fazhi/core';
import type { TemplateResult } from 'lit';
import type { FormMessageKey } from '../fz-form/messages.js';

/** What the form offers a widget: texts, values, and the way to change them. */
export interface FormHost {
  t(key: FormMessageKey, params?: Record<string, unknown>): string;
  setValue(pointer: string, value: unknown): void;
  resolver: Resolver;
  readonly: boolean;
  /** 行政区划 tree the portal supplied, for the region cascader (empty while its `regions-src` loads). */
  regions?: RegionNode[];
  /** Renders again (data a widget loads on demand has arrived). */
  requestUpdate(): void;
  /** Files chosen in this page, by attachment id (they never go into drafts). */
  files: Map<string, File>;
  /** Shows (or clears) a problem found by the widget itself, such as a refused file. */
  reportProblem(pointer: string, message: string | undefined): void;
  /** The citizen confirmed (or took back) a relaxed issue on a field. */
  confirmWarning(pointer: string, on: boolean): void;
  /** Says a change the citizen cannot see where focus is (a removed row or file) in the form's status region. */
  announce(text: string): void;
  /** After the next render, moves focus to the first control of a field. */
  focusPointer(pointer: string): Promise<void>;
  /** Renders the fields of a nested object or array row (a row of a plain value is one field named `label`). */
  renderObject(nodes: SchemaObject[], pointer: string, label?: string): TemplateResult;
}

export interface FieldContext {
  host: FormHost;
  /** The control's id inside the shadow root; hint and error ids derive from it. */
  id: string;
  pointer: string;
  kind: FieldKind;
  /** Every declaration that applies now; `node` is the first (base) one. */
  nodes: SchemaObject[];
  node: SchemaObject;
  title: string;
  hint?: string;
  required: boolean;
  /** The value as the citizen typed it. */
  value: unknown;
  /** The settled value (derived fields are computed here). */
  settled: unknown;
  error?: string;
  /** A relaxed (`x-fz-warn`) issue: confirmable, unlike an error. */
  warning?: { message: string; confirmed: boolean };
  choices?: Choice[];
  derived: boolean;
}

export type Widget = (ctx: FieldContext) => TemplateResult;

/** Ids of the hint and error text, for aria-describedby. */
export function describedBy(ctx: FieldContext): string | undefined {
  const ids = [ctx.hint ? `${ctx.id}-hint` : '', ctx.error ? `${ctx.id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
