import type { FastifyInstance } from 'fastify';
import { LIMITS } from '../config.js';
import { Problem } from '../problem.js';

/**
 * Every request has a bounded amount of work: a submission body may hold at most
 * `LIMITS.jsonValues` values (array items and object members), nested at most `LIMITS.jsonDepth`
 * deep, and no text (value or key) longer than `LIMITS.jsonTextChars`: far more than any real form. The JSON text is measured before it is parsed (parsing
 * 330,000 empty objects alone costs more than filing a form), and the parsed body once more where
 * a multipart reader handed it over already parsed. Both stop at the first value over the limit.
 */
export interface JsonLimits {
  jsonValues: number;
  jsonDepth: number;
  jsonTextChars: number;
}
const tooMany = (limits: JsonLimits) => new Problem('payload-too-large', `提交的内容超过 ${limits.jsonValues} 项，超出任何一张表的需要。请检查后重新提交。`);
const tooLong = (limits: JsonLimits) => new Problem('payload-too-large', `提交的内容中有一段文字超过 ${limits.jsonTextChars} 个字，超出任何一栏的需要。请检查后重新提交。`);
const tooDeep = (limits: JsonLimits) => new Problem('bad-request', `提交的内容嵌套层级超过 ${limits.jsonDepth} 层。`);

const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, OPEN_ARRAY = 0x5b, OPEN_OBJECT = 0x7b, CLOSE_ARRAY = 0x5d, CLOSE_OBJECT = 0x7d;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Measures JSON text in one pass, jumping over strings; malformed text is left to the parser. */
export function checkJsonText(text: string, limits: JsonLimits = LIMITS): void {
  let values = 0;
  let depth = 0;
  let opened = false; // just after `[` or `{`: the next token, unless it closes, is the first value
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (opened && c !== CLOSE_ARRAY && c !== CLOSE_OBJECT) values++;
    opened = false;
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      // The text between the quotes; escapes make it longer than the string they spell, never shorter.
      if (end - i - 1 > limits.jsonTextChars) throw tooLong(limits);
      i = end;
    } else if (c === COMMA) {
      values++;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limits.jsonDepth) throw tooDeep(limits);
      opened = true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
    if (values > limits.jsonValues) throw tooMany(limits);
  }
}

/** Index of the quote that closes the string opening at `start` (or the end of the text). */
function stringEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    i = text.indexOf('"', i + 1);
    if (i < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(i - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return i;
  }
}

/** The same limits on a parsed value, walked without recursion. */
export function checkJsonValue(value: unknown, limits: JsonLimits = LIMITS): void {
  const stack: [unknown, number][] = [[value, 1]];
  let values = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (depth > limits.jsonDepth) throw tooDeep(limits);
    const children = Array.isArray(node) ? node : Object.values(node);
    values += children.length;
    if (values > limits.jsonValues) throw tooMany(limits);
    const texts = Array.isArray(node) ? children : [...children, ...Object.keys(node)];
    if (texts.some((t) => typeof t === 'string' && t.length > limits.jsonTextChars)) throw tooLong(limits);
    for (const child of children) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
}

/** Fastify's JSON parser (with its `__proto__` and `constructor` checks), after `checkJsonText`. */
export function installJsonBudget(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    try {
      checkJsonText(text);
    } catch (error) {
      return done(error as Error, undefined);
    }
    return parse(request, text, done);
  });
}
