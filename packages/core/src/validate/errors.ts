import { interpolate, translate } from '../i18n/index.js';
import type { FieldError, JsonSchema, Locale, SchemaObject } from '../types.js';
import { isChoice, pointerOf, type Issue, type Path } from './compile.js';
import { messages, type MessageKey } from './messages.js';
import type { Located, ResolveRef } from './refs.js';

/** At one pointer only the most useful error is shown: what to do first (fill it in) before how. */
const RANK = ('required dependentRequired type false const enum anyOf oneOf format minLength maxLength pattern ' +
  'minimum maximum exclusiveMinimum exclusiveMaximum multipleOf minItems maxItems uniqueItems').split(' ');
const rank = (k: string): number => (RANK.indexOf(k) + 1 || RANK.length + 1);

export interface ErrorContext {
  root: SchemaObject;
  resolve: ResolveRef;
  locale: Locale;
  /** The data validated and a matcher: titles and messages come from the branches that apply to it. */
  data?: unknown;
  matches?: (node: JsonSchema, doc: SchemaObject, value: unknown) => boolean;
}

/** Keeps one issue per pointer (the first pointer order, the best issue) and words it. */
export function toErrors(issues: Issue[], cx: ErrorContext): FieldError[] {
  const best = new Map<string, Issue>();
  for (const issue of issues) {
    const pointer = issue.e ? issue.e.pointer : pointerOf(issue.path);
    const kept = best.get(pointer);
    if (!kept || rank(issue.k) < rank(kept.k)) best.set(pointer, issue);
  }
  return [...best].map(([pointer, issue]) => issue.e ?? { pointer, code: codeOf(issue), message: messageOf(issue, cx) });
}

function codeOf(issue: Issue): string {
  if (issue.k !== 'format') return issue.k;
  return issue.c ? `format.${issue.l}.${issue.c.code}` : `format.${issue.l}`;
}

function messageOf(issue: Issue, cx: ErrorContext): string {
  const { k, n: owner } = issue;
  const located = fieldNodes(cx.root, issue.path, cx.resolve, cx);
  const nodes = located.map(([n]) => n);
  const name = [...issue.path].reverse().find((t) => typeof t === 'string');
  // The declaration at the pointer names the field (a `$ref` with a sibling `title` renames its target);
  // a title that is not text is passed over, as the form does.
  const text = (n: SchemaObject | undefined) => (typeof n?.title === 'string' && n.title ? n.title : undefined);
  const title = nodes.map(text).find(Boolean) ?? text(owner) ?? name ?? translate(messages, cx.locale, 'this');
  const params = { title, limit: issue.l, ...issue.c?.params };

  const code = codeOf(issue);
  for (const node of [...nodes, owner]) {
    const own = node?.['x-fz-messages'] as Record<string, unknown> | undefined;
    const template = own?.[code] ?? own?.[k] ?? own?.[issue.m!];
    if (typeof template === 'string') return interpolate(template, params);
  }
  if (issue.d && issue.c) return translate(issue.d.messages, cx.locale, issue.c.code, params);

  let key = (issue.m ?? k) as MessageKey;
  const limit = issue.l as number;
  if (k === 'required' || k === 'dependentRequired') {
    key = nodes.some((n) => n.const === true) ? 'tick' : located.some(([n, doc]) => n.enum || n.type === 'boolean' || isChoice(n.oneOf ?? n.anyOf, doc, cx.resolve)) ? 'choose' : 'required';
  } else if (k === 'type') {
    const type = ([] as unknown[]).concat(owner?.type)[0];
    key = type === 'integer' ? 'typeInteger' : type === 'number' ? 'typeNumber' : 'type';
  } else if (k === 'minLength' && limit <= 1) {
    key = 'required';
  } else if (k === 'const' && owner?.const === true) {
    key = 'tick';
  } else if (k === 'format') {
    key = issue.l === 'date' || issue.l === 'email' ? issue.l : 'format';
  } else if (k === 'multipleOf') {
    const digits = -Math.log10(limit);
    if (limit === 1) key = 'typeInteger';
    else if (digits > 0 && Number.isInteger(digits)) {
      key = 'decimals';
      params.limit = digits;
    }
  }
  if (!(key in messages['zh-CN'])) key = 'invalid';
  return translate(messages, cx.locale, key, params);
}

const asNode = (n: JsonSchema | undefined): SchemaObject | undefined => (n && typeof n === 'object' ? n : undefined);

/**
 * Every schema node that describes the data at `path`: the declarations in the branches that apply
 * to `cx.data` first (the latest first, so a `then` that renames a field or words its message wins
 * while it applies), then the base declaration, each followed by its `$ref` targets. Titles and
 * `x-fz-messages` are read from these, so a `then` that only adds `minLength` still names the field
 * by its base title. Without data every branch counts.
 */
export function fieldNodes(root: SchemaObject, path: Path, resolve: ResolveRef, cx: Pick<ErrorContext, 'data' | 'matches'> = {}): [SchemaObject, SchemaObject][] {
  let current: Located[] = [[root, root]];
  let value = cx.data;
  for (const token of path) {
    const next: Located[] = [];
    for (const [node, doc] of expand(current, resolve, value, cx)) {
      const child = typeof token === 'number'
        ? node.items
        : node.properties && Object.prototype.hasOwnProperty.call(node.properties, token) ? node.properties[token] : undefined;
      if (child !== undefined) next.push([child, doc]);
    }
    current = next.reverse();
    value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[token] : undefined;
  }
  return expand(current, resolve, value, cx);
}

function expand(list: Located[], resolve: ResolveRef, value: unknown, cx: Pick<ErrorContext, 'data' | 'matches'>): [SchemaObject, SchemaObject][] {
  const out: [SchemaObject, SchemaObject][] = [];
  const seen = new Set<object>();
  const known = cx.matches && cx.data !== undefined;
  const visit = (raw: JsonSchema | undefined, doc: SchemaObject): void => {
    const node = asNode(raw);
    if (!node || seen.has(node)) return;
    seen.add(node);
    out.push([node, doc]);
    if (node.$ref !== undefined) visit(...resolve(node.$ref, doc));
    for (const member of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) visit(member, doc);
    if (node.if !== undefined && known) visit(cx.matches!(node.if, doc, value) ? node.then : node.else, doc);
    else {
      visit(node.then, doc);
      visit(node.else, doc);
    }
    const bag = value && typeof value === 'object' ? value : {};
    for (const [name, member] of Object.entries(node.dependentSchemas ?? {})) if (!known || name in bag) visit(member, doc);
  };
  for (const [node, doc] of list) visit(node, doc);
  return out;
}
