import { extname } from 'node:path';

/**
 * A citizen's file name made safe to keep as metadata and to offer back in a download header:
 * no folders, no control or reserved characters, bounded length, extension kept.
 */
export function sanitizeFileName(name: string | undefined): string {
  const base = (name ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!cleaned) return 'file';
  const ext = extname(cleaned).slice(0, 10);
  const stem = cleaned.slice(0, cleaned.length - extname(cleaned).length);
  return Array.from(stem).slice(0, 100).join('') + ext;
}
