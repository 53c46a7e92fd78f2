import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { join, tokens } from '../schema/pointer.js';
import type { CountyIssue } from './issue.js';

/** Where a character offset lies, counted the way an editor shows it (1-based line and column). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const previousSignificant = (text: string, offset: number): string => {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/.test(text[i])) return text[i];
  return '';
};

/** ParseErrorCode values of jsonc-parser (a const enum there, so spelled out here). */
const CODE = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfString: 12,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

/** What went wrong, said the way an editor can act on it. */
function syntaxMessage(text: string, error: ParseError): string {
  const at = text[error.offset] ?? '';
  const before = previousSignificant(text, error.offset);
  switch (error.error) {
    case CODE.PropertyNameExpected:
    case CODE.ValueExpected:
      if (before === ',' && (at === '}' || at === ']')) return '最后一项后面多了逗号，请删掉这个逗号';
      if (at === "'" || before === "'") return '键和文字要用英文双引号 " 括起来，不能用单引号';
      if (error.error === CODE.PropertyNameExpected) {
        if (/[“”‘’]/.test(at)) return '这里用了中文引号，键名要用英文双引号 "';
        return '这里应该是用英文双引号括起来的键名，例如 "title"';
      }
      if (error.offset >= text.length) return '文件在这里提前结束了，可能少了值或右括号';
      return '这里缺少一个值（文字要加英文双引号，数字直接写）';
    case CODE.CommaExpected:
      return '上一项后面少了逗号（每两项之间要用英文逗号 , 隔开）';
    case CODE.ColonExpected:
      return '键名后面少了英文冒号 :';
    case CODE.CloseBraceExpected:
      return '少了右花括号 }，或者上一项后面少了逗号';
    case CODE.CloseBracketExpected:
      return '少了右方括号 ]，或者上一项后面少了逗号';
    case CODE.EndOfFileExpected:
      return '文件在这里本该结束，后面多出了内容（可能多了一个右括号）';
    case CODE.InvalidCommentToken:
      return 'JSON 文件里不能写注释，请删掉 // 或 /* */ 这段';
    case CODE.UnexpectedEndOfString:
      return '文字没有结束：少了右边的英文双引号 "';
    case CODE.InvalidEscapeCharacter:
    case CODE.InvalidUnicode:
      return '反斜杠 \\ 后面的写法不对；要写反斜杠本身请写成 \\\\';
    case CODE.InvalidNumberFormat:
      return '数字写法不对（不要带单位或逗号，例如写 1350 而不是 "1,350元"）';
    case CODE.InvalidSymbol:
    case CODE.InvalidCharacter:
    default:
      if (at === "'") return '键和文字要用英文双引号 " 括起来，不能用单引号';
      if (/[，：“”｛｝［］]/.test(at)) return `这里用了中文标点“${at}”，请改成英文标点`;
      return '这里有 JSON 不认识的字符（文字要用英文双引号括起来）';
  }
}

export interface ParsedJson {
  value?: unknown;
  /** The syntax tree, for finding the line of a key; absent when the text is not JSON. */
  tree?: Node;
  issues: CountyIssue[];
}

/**
 * Parses a county's JSON file. `JSON.parse` decides what is valid; when it refuses, the first
 * problem is located and explained in Chinese. Duplicate keys (JSON keeps the last silently) are
 * reported too, since an editor who writes a key twice meant one of them.
 */
export function parseJsonText(text: string, file?: string): ParsedJson {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (thrown) {
    const first = errors[0];
    const where = first ? lineAndColumn(source, first.offset) : undefined;
    const message = source.trim() === '' ? '文件是空的' : first ? syntaxMessage(source, first) : `不是合法的 JSON（${(thrown as Error).message}）`;
    return { issues: [{ severity: 'error', code: 'json.syntax', file, line: where?.line, column: where?.column, pointer: '', message }] };
  }
  const issues: CountyIssue[] = [];
  if (tree) reportDuplicates(tree, source, file, '', issues);
  return { value, tree, issues };
}

function reportDuplicates(node: Node, text: string, file: string | undefined, pointer: string, issues: CountyIssue[]): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      const here = join(pointer, key);
      if (seen.has(key)) {
        const { line, column } = lineAndColumn(text, keyNode.offset);
        issues.push({ severity: 'error', code: 'json.duplicate-key', file, line, column, pointer: here, message: `键“${key}”在同一层写了两次，只有后一个算数；请删掉其中一个` });
      }
      seen.add(key);
      if (valueNode) reportDuplicates(valueNode, text, file, here, issues);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => reportDuplicates(child, text, file, join(pointer, i), issues));
  }
}

/** The line of the key (or array item) a JSON pointer names, if the file has exactly that place. */
export function lineOf(tree: Node | undefined, text: string, pointer: string): number | undefined {
  if (!tree) return undefined;
  const node = findNodeAtLocation(tree, tokens(pointer).map((t) => (/^\d+$/.test(t) ? Number(t) : t)));
  if (!node) return undefined;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return lineAndColumn(source, node.parent?.type === 'property' ? node.parent.offset : node.offset).line;
}
