/**
 * The grammar of the fz rule language (`x-fz-rules`, `x-fz-derive`, `x-fz-mask.when`): JSON data,
 * never code. An expression is a literal (string, number, boolean, null), an array of expressions,
 * or an object with exactly one key — the operator — whose value is its argument or argument list.
 */

/** Operator name → [fewest, most] arguments. */
export const OPERATORS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['var', [1, 2]],
  ['setting', [1, 2]],
  ['==', [2, 2]],
  ['!=', [2, 2]],
  ['<', [2, 3]],
  ['<=', [2, 3]],
  ['>', [2, 2]],
  ['>=', [2, 2]],
  ['and', [1, Infinity]],
  ['or', [1, Infinity]],
  ['not', [1, 1]],
  ['if', [1, Infinity]],
  ['+', [1, Infinity]],
  ['-', [1, 2]],
  ['*', [1, Infinity]],
  ['/', [2, 2]],
  ['min', [1, Infinity]],
  ['max', [1, Infinity]],
  ['round', [1, 2]],
  ['count', [1, 1]],
  ['in', [2, 2]],
  ['ageFromIdCard', [1, 1]],
  ['birthDateFromIdCard', [1, 1]],
  ['sexFromIdCard', [1, 1]],
  ['ageFromDate', [1, 1]],
] as const);

/** Deepest nesting an expression may have; a schema is data a county may edit, so evaluation is bounded. */
export const MAX_DEPTH = 32;
/** Most nodes (operators and literals) in one expression. */
export const MAX_NODES = 2000;

/** A rule or derivation in a schema is malformed; thrown when the schema is loaded, naming where. */
export class RuleSyntaxError extends Error {
  constructor(
    readonly where: string,
    detail: string,
  ) {
    super(`${where || '#'}: ${detail}`);
    this.name = 'RuleSyntaxError';
  }
}

/** The operator and argument list of an operator node. */
export function operatorOf(expr: Record<string, unknown>): { op: string; args: unknown[] } {
  const op = Object.keys(expr)[0]!;
  const raw = expr[op];
  return { op, args: Array.isArray(raw) ? raw : [raw] };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Throws a RuleSyntaxError when `expr` is not a well-formed expression: an object that is not
 * exactly one known operator, a wrong number of arguments, or nesting/size beyond the limits.
 * `where` names the place in the schema (e.g. `#/properties/meeting/x-fz-rules/0/assert`).
 */
export function assertExpression(expr: unknown, where: string): void {
  let nodes = 0;
  const visit = (node: unknown, path: string, depth: number): void => {
    if (++nodes > MAX_NODES) throw new RuleSyntaxError(where, `expression has more than ${MAX_NODES} parts (表达式过大)`);
    if (depth > MAX_DEPTH) throw new RuleSyntaxError(path, `expression nested deeper than ${MAX_DEPTH} levels (表达式嵌套过深)`);
    if (node === null || typeof node === 'string' || typeof node === 'boolean') return;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) throw new RuleSyntaxError(path, 'numbers must be finite');
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${path}/${i}`, depth + 1));
      return;
    }
    if (!isPlainObject(node)) throw new RuleSyntaxError(path, `not a JSON value: ${typeof node}`);
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      throw new RuleSyntaxError(path, `an operator object needs exactly one key, found ${keys.length ? keys.map((k) => `"${k}"`).join(', ') : 'none'} (运算对象只能有一个运算符)`);
    }
    const { op, args } = operatorOf(node);
    const arity = OPERATORS.get(op);
    if (!arity) {
      throw new RuleSyntaxError(path, `unknown operator "${op}" (未知的运算符); known: ${[...OPERATORS.keys()].join(' ')}`);
    }
    if (args.length < arity[0] || args.length > arity[1]) {
      const wanted = arity[0] === arity[1] ? `${arity[0]}` : arity[1] === Infinity ? `at least ${arity[0]}` : `${arity[0]}–${arity[1]}`;
      throw new RuleSyntaxError(path, `"${op}" takes ${wanted} argument(s), got ${args.length} (参数个数不对)`);
    }
    const argPath = `${path}/${escape(op)}`;
    if (Array.isArray(node[op])) args.forEach((a, i) => visit(a, `${argPath}/${i}`, depth + 1));
    else visit(args[0], argPath, depth + 1);
  };
  visit(expr, where, 0);
}

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
