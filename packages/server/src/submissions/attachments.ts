import type { Checker, JsonSchema, SchemaObject } from '@fazhi/core';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { FILE_TYPES } from '../config.js';
import type { ProblemFieldError } from '../problem.js';
import { hasStructureOf } from './file-structure.js';
import type { ReceivedFile } from './multipart.js';

/** An attachment as `data` describes it: `{ id, name, size, type }`, found at `pointer`. */
interface Descriptor {
  pointer: string;
  id: string;
  name: unknown;
  size: unknown;
  type: unknown;
}

const escapeToken = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The shape of common.schema.json#/$defs/attachment; anything else in `data` is not a file. */
function isDescriptor(value: Record<string, unknown>): boolean {
  return typeof value.id === 'string' && typeof value.name === 'string' && typeof value.size === 'number' && typeof value.type === 'string';
}

/** Every attachment descriptor in the (pruned) data. */
export function findDescriptors(data: unknown, pointer = ''): Descriptor[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => findDescriptors(item, `${pointer}/${i}`));
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  if (isDescriptor(record)) return [{ pointer, id: record.id as string, name: record.name, size: record.size, type: record.type }];
  return Object.entries(record).flatMap(([key, value]) => findDescriptors(value, `${pointer}/${escapeToken(key)}`));
}

/**
 * The schema nodes along `pointer` (looking through properties, items and conditional branches):
 * the last one describes the attachment, the one before is usually its array, where `x-fz-accept`
 * and `x-fz-max-size` sit.
 */
function schemaPath(checker: Checker, pointer: string): SchemaObject[] {
  const tokens = pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path: SchemaObject[] = [];
  let nodes: JsonSchema[] = [checker.schema];
  for (const token of tokens) {
    const next: JsonSchema[] = [];
    const visit = (raw: JsonSchema, depth: number) => {
      const node = checker.resolver.deref(raw);
      if (typeof node !== 'object' || depth > 8) return;
      if (/^\d+$/.test(token) && node.items !== undefined) next.push(node.items);
      if (node.properties?.[token] !== undefined) next.push(node.properties[token]);
      for (const branch of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? []), node.then, node.else, ...Object.values(node.dependentSchemas ?? {})]) {
        if (branch !== undefined) visit(branch, depth + 1);
      }
    };
    nodes.forEach((n) => visit(n, 0));
    if (!next.length) return [];
    nodes = next;
    const first = checker.resolver.deref(next[0]);
    path.push(typeof first === 'object' ? first : {});
  }
  return path;
}

/** A constraint from the attachment's own node, else from its parent (the array). */
function constraint(path: SchemaObject[], keyword: 'x-fz-accept' | 'x-fz-max-size'): unknown {
  return path.at(-1)?.[keyword] ?? path.at(-2)?.[keyword];
}

/** The real type of a file from its first bytes, among the types the server accepts at all. */
export function sniffType(head: Buffer): string | undefined {
  return Object.entries(FILE_TYPES).find(([, { magic }]) => magic.some((sig) => sig.every((byte, i) => head[i] === byte)))?.[0];
}

function acceptedBy(path: SchemaObject[]): string[] | undefined {
  const accept = constraint(path, 'x-fz-accept');
  if (typeof accept === 'string') return accept.split(',').map((s) => s.trim().toLowerCase());
  if (Array.isArray(accept)) return accept.map((s) => String(s).toLowerCase());
  return undefined;
}

/** `x-fz-accept` entries are MIME types (`image/*` allowed) or extensions (`.pdf`). */
function accepts(accept: string[], type: string): boolean {
  return accept.some((entry) => entry === type || (entry.endsWith('/*') && type.startsWith(entry.slice(0, -1))) || FILE_TYPES[type].extensions.includes(entry));
}

/** "PDF、JPG、PNG" for a message, from what the schema (or the server) accepts. */
function allowedNames(accept: string[] | undefined): string {
  const types = Object.keys(FILE_TYPES).filter((type) => !accept || accepts(accept, type));
  return [...new Set(types.map((type) => FILE_TYPES[type].label))].join('、');
}

const human = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`);

/**
 * Matches uploaded parts to the attachments described in `data` and checks each file for real:
 * its bytes must be a PDF/JPEG/PNG (or what the schema's `x-fz-accept` narrows to) from the first
 * byte to the last, its size as declared and within `x-fz-max-size`. Returns field errors (422)
 * and each accepted file's type.
 */
export async function checkAttachments(checker: Checker, data: unknown, files: ReceivedFile[]): Promise<{ errors: ProblemFieldError[]; types: Map<string, string>; unmatched: string[] }> {
  const descriptors = findDescriptors(data);
  const errors: ProblemFieldError[] = [];
  const types = new Map<string, string>();
  const byId = new Map(files.map((f) => [f.partId, f]));
  const described = new Set(descriptors.map((d) => d.id));
  for (const descriptor of descriptors) {
    const file = byId.get(descriptor.id);
    const label = typeof descriptor.name === 'string' ? descriptor.name : descriptor.id;
    if (!file) {
      errors.push({ pointer: descriptor.pointer, code: 'attachment.missing', detail: `没有收到附件“${label}”，请重新选择文件后提交。` });
      continue;
    }
    const path = schemaPath(checker, descriptor.pointer);
    const sniffed = sniffType(file.head);
    const accept = acceptedBy(path);
    const ext = extname(file.originalName).toLowerCase();
    const allowed = sniffed !== undefined && (!accept || accepts(accept, sniffed));
    if (!allowed) {
      errors.push({ pointer: descriptor.pointer, code: 'attachment.type', detail: `附件“${label}”的文件类型不支持，请上传 ${allowedNames(accept)} 文件。` });
      continue;
    }
    if (ext && !FILE_TYPES[sniffed].extensions.includes(ext)) {
      errors.push({ pointer: descriptor.pointer, code: 'attachment.type', detail: `附件“${label}”的扩展名与文件内容不符。` });
      continue;
    }
    const maxSize = constraint(path, 'x-fz-max-size');
    if (typeof maxSize === 'number' && file.size > maxSize) {
      errors.push({ pointer: descriptor.pointer, code: 'attachment.size', detail: `附件“${label}”不能超过 ${human(maxSize)}。` });
      continue;
    }
    if (typeof descriptor.size === 'number' && descriptor.size !== file.size) {
      errors.push({ pointer: descriptor.pointer, code: 'attachment.incomplete', detail: `附件“${label}”上传不完整，请重新选择文件后提交。` });
      continue;
    }
    if (!(await hasStructureOf(sniffed, await readFile(file.tmpPath)))) {
      const kind = FILE_TYPES[sniffed].label;
      errors.push({ pointer: descriptor.pointer, code: 'attachment.type', detail: `附件“${label}”已损坏，或不是真正的 ${kind} 文件。请重新保存或拍照后再上传。` });
      continue;
    }
    types.set(file.partId, sniffed);
  }
  return { errors, types, unmatched: files.filter((f) => !described.has(f.partId)).map((f) => f.partId) };
}
