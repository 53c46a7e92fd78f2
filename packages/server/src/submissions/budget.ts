import { LIMITS } from '../config.js';
import { Problem } from '../problem.js';

/**
 * Refuses `data` that holds more values, or nests deeper, than any real form does, before any
 * schema work: one pass without recursion that stops at the first value over the limit, so its
 * cost is bounded by the limit, not by what was sent. Every array item and every object member
 * counts as one value.
 */
export function checkBudget(data: unknown): void {
  const stack: [unknown, number][] = [[data, 0]];
  let values = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (depth >= LIMITS.jsonDepth) throw new Problem('bad-request', `data 的嵌套层级超过 ${LIMITS.jsonDepth} 层。`);
    const children = Array.isArray(node) ? node : Object.values(node);
    values += children.length;
    if (values > LIMITS.jsonValues) {
      throw new Problem('payload-too-large', `填写的内容超过 ${LIMITS.jsonValues} 项，超出任何一张表的需要。请检查后重新提交。`);
    }
    for (const child of children) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
}
