import { interpolate } from '../i18n/index.js';
import type { FieldError, Locale } from '../types.js';
import { evaluate, truthy, type RuleEnv } from './evaluate.js';
import { RuleSyntaxError, assertExpression } from './syntax.js';

/** One cross-field check in `x-fz-rules` on an object node. */
export interface Rule {
  /** Stable id; the error code is `rule.<id>`. */
  id: string;
  /** Only checked while this expression is true (unknown counts as not applying). */
  when?: unknown;
  /** Must not be false; null (a value still missing) passes — `required` reports missing values. */
  assert: unknown;
  /** The field to fix, relative to the object (`present` or `/meeting/present`). */
  pointer: string;
  /** Per locale; `{name}` placeholders are filled from `params`. */
  message: { 'zh-CN': string } & Partial<Record<Locale, string>>;
  /** Values for the message's placeholders, each an expression (e.g. `{ "var": "entitled" }`). */
  params?: Record<string, unknown>;
}

export interface RuleContext extends RuleEnv {
  /** Where the object the rules sit on is in the data (RFC 6901, "" for the root). */
  pointer: string;
  locale: Locale;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const checked = new WeakSet<object>();
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Throws a RuleSyntaxError unless `rules` is a well-formed `x-fz-rules` array. `where` names its place in the schema. */
export function assertRules(rules: unknown, where = '#/x-fz-rules'): asserts rules is Rule[] {
  if (isPlainObject(rules) || Array.isArray(rules)) {
    if (checked.has(rules)) return;
  }
  if (!Array.isArray(rules)) throw new RuleSyntaxError(where, 'x-fz-rules must be an array of rules');
  const ids = new Set<string>();
  rules.forEach((rule, i) => {
    const at = `${where}/${i}`;
    if (!isPlainObject(rule)) throw new RuleSyntaxError(at, 'a rule must be an object');
    const unknown = Object.keys(rule).filter((k) => !['id', 'when', 'assert', 'pointer', 'message', 'params', 'description'].includes(k));
    if (unknown.length) throw new RuleSyntaxError(at, `unknown rule key(s): ${unknown.join(', ')}`);
    if (typeof rule.id !== 'string' || !ID.test(rule.id)) throw new RuleSyntaxError(`${at}/id`, 'id must be letters, digits, ".", "_" or "-"');
    if (ids.has(rule.id)) throw new RuleSyntaxError(`${at}/id`, `duplicate rule id "${rule.id}"`);
    ids.add(rule.id);
    if (!('assert' in rule)) throw new RuleSyntaxError(at, 'a rule needs "assert"');
    assertExpression(rule.assert, `${at}/assert`);
    if ('when' in rule) assertExpression(rule.when, `${at}/when`);
    if (typeof rule.pointer !== 'string') throw new RuleSyntaxError(`${at}/pointer`, 'pointer must be a string (the field to fix)');
    const message = rule.message;
    if (!isPlainObject(message) || typeof message['zh-CN'] !== 'string' || !message['zh-CN']) {
      throw new RuleSyntaxError(`${at}/message`, 'message needs a "zh-CN" text');
    }
    for (const [locale, text] of Object.entries(message)) {
      if (typeof text !== 'string') throw new RuleSyntaxError(`${at}/message/${locale}`, 'messages are strings');
    }
    if (rule.params !== undefined) {
      if (!isPlainObject(rule.params)) throw new RuleSyntaxError(`${at}/params`, 'params must be an object of expressions');
      for (const [name, expr] of Object.entries(rule.params)) assertExpression(expr, `${at}/params/${name}`);
    }
  });
  checked.add(rules);
}

/** `base` + a relative pointer with or without its leading slash. */
export function joinPointer(base: string, relative: string): string {
  if (relative === '' || relative === '/') return base;
  return `${base}${relative.startsWith('/') ? '' : '/'}${relative}`;
}

/**
 * Runs the `x-fz-rules` of one object node against that object's value. Each failing rule gives
 * one error: code `rule.<id>`, pointer = the rule's field joined onto `ctx.pointer`, message in
 * `ctx.locale` (falling back to zh-CN). Throws RuleSyntaxError on malformed rules.
 */
export function checkRules(rules: unknown, data: unknown, ctx: RuleContext): FieldError[] {
  assertRules(rules, ctx.pointer ? `x-fz-rules at ${ctx.pointer}` : 'x-fz-rules');
  if (!isPlainObject(data)) return [];
  const env: RuleEnv = { settings: ctx.settings, now: ctx.now };
  const errors: FieldError[] = [];
  for (const rule of rules) {
    if (rule.when !== undefined && !truthy(evaluate(rule.when, data, env))) continue;
    const verdict = evaluate(rule.assert, data, env);
    if (verdict === null || truthy(verdict)) continue;
    const params: Record<string, unknown> = {};
    for (const [name, expr] of Object.entries(rule.params ?? {})) params[name] = evaluate(expr, data, env) ?? '';
    const template = rule.message[ctx.locale] ?? rule.message['zh-CN'];
    errors.push({ pointer: joinPointer(ctx.pointer, rule.pointer), code: `rule.${rule.id}`, message: interpolate(template, params) });
  }
  return errors;
}
