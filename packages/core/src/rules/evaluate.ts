import { ageOn, dateInShanghai, isRealDate } from '../formats/calendar.js';
import { deriveIdCard } from '../formats/index.js';
import { MAX_DEPTH, OPERATORS, RuleSyntaxError, operatorOf } from './syntax.js';

/** What an expression may read besides the data: the schema's `x-fz-settings` and the clock. */
export interface RuleEnv {
  /** Values a county sets in its overlay (`x-fz-settings`), read with `{ "setting": "name" }`. */
  settings?: Record<string, unknown>;
  /** "Now" for ages (counted in Asia/Shanghai); tests pin it. */
  now?: Date;
}

/** Evaluation ran past its step budget (a pathological schema); callers treat it like a syntax error. */
export class RuleLimitError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'RuleLimitError';
  }
}

const MAX_STEPS = 10_000;

interface State {
  data: unknown;
  env: RuleEnv;
  steps: number;
}

type Evaluate = (expr: unknown) => unknown;
type Operator = (args: unknown[], ev: Evaluate, state: State) => unknown;

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A finite number, or null (missing, text, NaN): arithmetic on null stays null ("not known yet"). */
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** JSON-Logic truthiness: false, null, 0, "" and [] are false. */
export function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return v !== null && v !== undefined && v !== false && v !== 0 && v !== '';
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Reads a JSON pointer relative to `root`. The leading slash is optional ("meeting/present" and
 * "/meeting/present" are the same place); "" is the object itself. Missing → undefined.
 */
export function readPath(root: unknown, path: unknown): unknown {
  if (typeof path === 'number') path = String(path);
  if (typeof path !== 'string') return undefined;
  if (path === '' || path === '/') return root;
  const tokens = (path.startsWith('/') ? path.slice(1) : path).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = root;
  for (const token of tokens) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (isPlainObject(node) && Object.hasOwn(node, token)) {
      node = node[token];
    } else {
      return undefined;
    }
  }
  return node;
}

/** Both numbers or both strings (ISO dates compare as text); anything else cannot be compared. */
function comparable(a: unknown, b: unknown): boolean {
  return (num(a) !== null && num(b) !== null) || (typeof a === 'string' && typeof b === 'string');
}

function compare(args: unknown[], ev: Evaluate, test: (a: number | string, b: number | string) => boolean): boolean | null {
  const values = args.map(ev);
  for (let i = 0; i + 1 < values.length; i++) {
    const a = values[i];
    const b = values[i + 1];
    if (!comparable(a, b)) return null;
    if (!test(a as number | string, b as number | string)) return false;
  }
  return true;
}

function parseDate(value: unknown): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(d.year, d.month, d.day) ? d : null;
}

function roundTo(x: number, digits: number): number | null {
  if (Math.abs(x) >= 1e15) return finite(Math.round(x));
  // Decimal shift through the exponent so 1.005 rounds to 1.01 like a person would.
  const shifted = Math.round(Number(`${x}e${digits}`));
  return finite(Number(`${shifted}e-${digits}`));
}

const idCard = (value: unknown, state: State) => (typeof value === 'string' ? deriveIdCard(value, state.env.now ?? new Date()) : null);

const ops: Record<string, Operator> = {
  var: ([path, fallback], ev, state) => {
    const value = readPath(state.data, ev(path));
    return value === undefined ? (fallback === undefined ? null : ev(fallback)) : value;
  },
  setting: ([name, fallback], ev, state) => {
    const value = readPath(state.env.settings ?? {}, ev(name));
    return value === undefined || value === null ? (fallback === undefined ? null : ev(fallback)) : value;
  },
  '==': ([a, b], ev) => deepEqual(ev(a), ev(b)),
  '!=': ([a, b], ev) => !deepEqual(ev(a), ev(b)),
  '<': (args, ev) => compare(args, ev, (a, b) => a < b),
  '<=': (args, ev) => compare(args, ev, (a, b) => a <= b),
  '>': (args, ev) => compare(args, ev, (a, b) => a > b),
  '>=': (args, ev) => compare(args, ev, (a, b) => a >= b),
  // Three-valued (Kleene) logic: a rule about values not yet given is "unknown", not broken.
  and: (args, ev) => {
    let unknown = false;
    for (const a of args) {
      const v = ev(a);
      if (v === null) unknown = true;
      else if (!truthy(v)) return false;
    }
    return unknown ? null : true;
  },
  or: (args, ev) => {
    let unknown = false;
    for (const a of args) {
      const v = ev(a);
      if (v === null) unknown = true;
      else if (truthy(v)) return true;
    }
    return unknown ? null : false;
  },
  not: ([a], ev) => {
    const v = ev(a);
    return v === null ? null : !truthy(v);
  },
  // [cond, then, cond2, then2, …, else]; an unknown condition counts as not met.
  if: (args, ev) => {
    let i = 0;
    for (; i + 1 < args.length; i += 2) if (truthy(ev(args[i]))) return ev(args[i + 1]);
    return i < args.length ? ev(args[i]) : null;
  },
  '+': (args, ev) => {
    let sum = 0;
    for (const a of args) {
      const n = num(ev(a));
      if (n === null) return null;
      sum += n;
    }
    return finite(sum);
  },
  '-': (args, ev) => {
    const values = args.map((a) => num(ev(a)));
    if (values.some((v) => v === null)) return null;
    return finite(values.length === 1 ? -values[0]! : values[0]! - values[1]!);
  },
  '*': (args, ev) => {
    let product = 1;
    for (const a of args) {
      const n = num(ev(a));
      if (n === null) return null;
      product *= n;
    }
    return finite(product);
  },
  '/': ([a, b], ev) => {
    const x = num(ev(a));
    const y = num(ev(b));
    return x === null || y === null || y === 0 ? null : finite(x / y);
  },
  min: (args, ev) => {
    const values = args.map((a) => num(ev(a)));
    return values.some((v) => v === null) ? null : Math.min(...(values as number[]));
  },
  max: (args, ev) => {
    const values = args.map((a) => num(ev(a)));
    return values.some((v) => v === null) ? null : Math.max(...(values as number[]));
  },
  round: ([a, d], ev) => {
    const x = num(ev(a));
    const digits = d === undefined ? 0 : num(ev(d));
    if (x === null || digits === null || !Number.isInteger(digits) || digits < 0 || digits > 10) return null;
    return roundTo(x, digits);
  },
  count: ([a], ev) => {
    const v = ev(a);
    return Array.isArray(v) ? v.length : 0;
  },
  in: ([needle, haystack], ev) => {
    const n = ev(needle);
    const h = ev(haystack);
    if (Array.isArray(h)) return h.some((item) => deepEqual(item, n));
    if (typeof h === 'string' && typeof n === 'string') return h.includes(n);
    return false;
  },
  ageFromIdCard: ([a], ev, state) => idCard(ev(a), state)?.age ?? null,
  birthDateFromIdCard: ([a], ev, state) => idCard(ev(a), state)?.birthDate ?? null,
  sexFromIdCard: ([a], ev, state) => idCard(ev(a), state)?.sex ?? null,
  ageFromDate: ([a], ev, state) => {
    const birth = parseDate(ev(a));
    if (!birth) return null;
    const age = ageOn(birth, dateInShanghai(state.env.now ?? new Date()));
    return age >= 0 ? age : null;
  },
};

// Every operator the grammar names has an implementation, and nothing else is reachable.
for (const name of OPERATORS.keys()) if (!Object.hasOwn(ops, name)) throw new Error(`rules: operator ${name} has no implementation`);

function run(expr: unknown, state: State, depth: number): unknown {
  if (++state.steps > MAX_STEPS) throw new RuleLimitError(`rule evaluation exceeded ${MAX_STEPS} steps`);
  if (depth > MAX_DEPTH) throw new RuleSyntaxError('', `expression nested deeper than ${MAX_DEPTH} levels (表达式嵌套过深)`);
  if (expr === undefined) return null;
  if (expr === null || typeof expr !== 'object') return expr;
  if (Array.isArray(expr)) return expr.map((e) => run(e, state, depth + 1));
  const keys = Object.keys(expr);
  if (keys.length !== 1 || !OPERATORS.has(keys[0]!)) {
    throw new RuleSyntaxError('', keys.length === 1 ? `unknown operator "${keys[0]}" (未知的运算符)` : 'an operator object needs exactly one key');
  }
  const { op, args } = operatorOf(expr as Record<string, unknown>);
  const arity = OPERATORS.get(op)!;
  if (args.length < arity[0] || args.length > arity[1]) throw new RuleSyntaxError('', `"${op}" got ${args.length} argument(s) (参数个数不对)`);
  const result = ops[op]!(args, (e) => run(e, state, depth + 1), state);
  return result === undefined ? null : result;
}

/**
 * Evaluates a rule expression against `data` (the object the rule or derived property sits on).
 * Pure and bounded: no `eval`, a step budget and a depth limit. `null` means "not known yet"
 * (a value is missing or not a number); rules treat it as passing.
 */
export function evaluate(expr: unknown, data: unknown, env: RuleEnv = {}): unknown {
  return run(expr, { data, env, steps: 0 }, 0);
}
