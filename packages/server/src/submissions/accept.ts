import { randomUUID } from 'node:crypto';
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_TYPES } from '../config.js';
import type { StoredFile } from '../db.js';
import type { ReceivedFile } from './multipart.js';

/** Moves checked temporary files to `files/<yyyymmdd>/<random><ext>`; the original name stays in the database only. */
export async function keepFiles(files: ReceivedFile[], types: Map<string, string>, filesDir: string, day: string): Promise<(StoredFile & { path: string })[]> {
  if (!files.length) return [];
  const dir = join(filesDir, day);
  await mkdir(dir, { recursive: true });
  return Promise.all(
    files.map(async (file) => {
      const type = types.get(file.partId)!;
      const storedName = `${day}/${randomUUID()}${FILE_TYPES[type].extensions[0]}`;
      const path = join(filesDir, storedName);
      await rename(file.tmpPath, path);
      return { partId: file.partId, originalName: file.originalName, storedName, size: file.size, type, sha256: file.sha256, path };
    }),
  );
}
