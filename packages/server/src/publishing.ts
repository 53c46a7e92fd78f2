import { checkOverlay, type CountyIssue } from '@fazhi/core/county';
import { summarizeOverlay } from '@fazhi/core/edit';
import type { SchemaObject } from '@fazhi/core';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Problem } from './problem.js';
import type { FormSchemas, SchemaRegistry } from './schemas.js';

export interface PublishedVersion {
  version: number;
  publishedAt: string;
  by: string;
  /** What this version changed from the one before, in plain Chinese, one line per change. */
  summary: string[];
  overlay: unknown;
}

/** Writes next to the target, then renames: a crash mid-write leaves the previous file in force. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${Date.now()}-${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

const fileText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A county's published overlays, kept as files in its configuration folder: `overlays/<form>.json`
 * (what is in force, which the registry re-reads), `drafts/<form>.json`, and every published
 * version in `history/<form>/<n>.json` with who, when and what changed. Only for forms whose base
 * is a schema file (the built-in forms).
 */
export function createPublishing(registry: SchemaRegistry, schemasDir: string, configDir: string) {
  const overlayFile = (form: string) => join(configDir, 'overlays', `${form}.json`);
  const draftFile = (form: string) => join(configDir, 'drafts', `${form}.json`);
  const historyDir = (form: string) => join(configDir, 'history', form);

  const entryOf = (form: string): FormSchemas => {
    const entry = registry.forms.get(form);
    if (!entry || entry.config.county) throw new Problem('not-found', `没有可以用覆盖文件修改的表单“${form.slice(0, 50)}”。`);
    return entry;
  };
  const baseOf = (entry: FormSchemas) => JSON.parse(readFileSync(resolve(schemasDir, entry.config.schemaFile), 'utf8')) as SchemaObject;
  const history = (form: string): PublishedVersion[] => {
    const dir = historyDir(form);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => /^\d+\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as PublishedVersion)
      .sort((a, b) => a.version - b.version);
  };
  const current = (form: string) => {
    // A failing file still has a revision of its own: an editor fixes it by publishing over it.
    try {
      return registry.formFor(form).revision;
    } catch {
      return registry.forms.get(form)?.revision ?? 'none';
    }
  };
  const fieldErrors = (issues: CountyIssue[]) =>
    issues.filter((i) => i.severity === 'error').map((i) => ({ pointer: i.pointer, detail: i.message, code: i.code }));

  return {
    list() {
      return [...registry.forms.values()].map((entry) => ({
        name: entry.name,
        title: typeof entry.current.title === 'string' ? entry.current.title : entry.name,
        overlayMode: !entry.config.county,
        revision: entry.revision,
        unavailable: entry.unavailable,
      }));
    },
    read(form: string) {
      const entry = entryOf(form);
      return {
        name: form,
        revision: current(form),
        base: baseOf(entry),
        overlay: existsSync(overlayFile(form)) ? JSON.parse(readFileSync(overlayFile(form), 'utf8')) : {},
        draft: existsSync(draftFile(form)) ? JSON.parse(readFileSync(draftFile(form), 'utf8')) : undefined,
        history: history(form).map(({ overlay: _overlay, ...meta }) => meta),
      };
    },
    check(form: string, overlay: unknown) {
      return checkOverlay(baseOf(entryOf(form)), fileText(overlay), { file: `overlays/${form}.json` });
    },
    saveDraft(form: string, overlay: unknown) {
      const check = this.check(form, overlay);
      writeAtomically(draftFile(form), fileText(overlay));
      return check.issues;
    },
    /** Publishes if nobody published since `basedOn`; refuses what the checks refuse, with pointers. */
    publish(form: string, overlay: unknown, basedOn: unknown, by: string, action?: string): PublishedVersion & { revision: string } {
      const entry = entryOf(form);
      if (basedOn !== current(form)) throw new Problem('publish-conflict', '在您编辑期间，已经有人发布了这个表单的新版本。请重新打开，看过最新版本后再发布；您的修改仍在草稿里。');
      const base = baseOf(entry);
      const check = checkOverlay(base, fileText(overlay), { file: `overlays/${form}.json` });
      if (!check.ok) throw new Problem('validation', '覆盖文件有错误，没有发布。', fieldErrors(check.issues));
      const versions = history(form);
      const previous = versions.at(-1)?.overlay ?? {};
      const version: PublishedVersion = {
        version: (versions.at(-1)?.version ?? 0) + 1,
        publishedAt: new Date().toISOString(),
        by,
        summary: action ? [action] : summarizeChange(base, previous, overlay),
        overlay,
      };
      writeAtomically(join(historyDir(form), `${version.version}.json`), fileText(version));
      writeAtomically(overlayFile(form), fileText(overlay));
      return { ...version, revision: registry.formFor(form).revision };
    },
    restore(form: string, version: unknown, basedOn: unknown, by: string) {
      const found = history(form).find((v) => v.version === version);
      if (!found) throw new Problem('not-found', `这个表单没有第 ${String(version).slice(0, 10)} 版。`);
      return this.publish(form, found.overlay, basedOn, by, `恢复到第 ${found.version} 版`);
    },
  };
}

/** What a new overlay changes compared with the one in force before it, as the base would show it. */
function summarizeChange(base: SchemaObject, before: unknown, after: unknown): string[] {
  const was = summarizeOverlay(base, before);
  const now = summarizeOverlay(base, after);
  const lines = [...now.filter((line) => !was.includes(line)), ...was.filter((line) => !now.includes(line)).map((line) => `撤销：${line}`)];
  return lines.length ? lines : ['没有改动表单内容'];
}

export type Publishing = ReturnType<typeof createPublishing>;
