import { newIdempotencyKey } from '@fazhi/core';
import { html, nothing } from 'lit';
import { describedBy, type FieldContext } from './context.js';
import { fieldShell } from './shell.js';

export interface Attachment {
  id: string;
  name: string;
  size: number;
  type: string;
}

const DEFAULT_MAX = 10 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Accept list from `x-fz-accept` (extensions like ".pdf" or MIME types like "image/*"). */
function accepted(file: File, accept: string[]): boolean {
  if (!accept.length) return true;
  const name = file.name.toLowerCase();
  return accept.some((a) => {
    const rule = a.toLowerCase();
    if (rule.startsWith('.')) return name.endsWith(rule);
    if (rule.endsWith('/*')) return file.type.startsWith(rule.slice(0, -1));
    return file.type === rule;
  });
}

/**
 * Several files: chosen with the native picker (keyboard and screen-reader friendly), listed with a
 * remove button each. Files stay in memory (host.files); the data holds only `{ id, name, size, type }`.
 * A wrong type or size is refused with a message naming the file, and nothing else is touched.
 */
export function fileWidget(ctx: FieldContext) {
  const accept = (ctx.node['x-fz-accept'] as string[] | undefined) ?? [];
  const maxSize = (ctx.node['x-fz-max-size'] as number | undefined) ?? DEFAULT_MAX;
  const maxItems = ctx.node.maxItems ?? 10;
  const list = (Array.isArray(ctx.value) ? ctx.value : []) as Attachment[];
  const acceptText = accept.length ? accept.join('、') : '*';
  const hintText = [ctx.hint, ctx.host.t('fileHint', { accept: acceptText, limit: formatBytes(maxSize) })].filter(Boolean).join(' ');
  const shellCtx = { ...ctx, hint: hintText };

  const onPick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const problems: string[] = [];
    const next = [...list];
    for (const file of Array.from(input.files ?? [])) {
      if (!accepted(file, accept)) problems.push(ctx.host.t('fileBadType', { name: file.name, accept: acceptText }));
      else if (file.size > maxSize) problems.push(ctx.host.t('fileTooBig', { name: file.name, size: formatBytes(file.size), limit: formatBytes(maxSize) }));
      else if (next.length >= maxItems) problems.push(ctx.host.t('fileTooMany', { limit: maxItems }));
      else {
        const id = newIdempotencyKey().slice(0, 16);
        ctx.host.files.set(id, file);
        next.push({ id, name: file.name, size: file.size, type: file.type || 'application/octet-stream' });
      }
    }
    input.value = '';
    ctx.host.setValue(ctx.pointer, next.length ? next : undefined);
    ctx.host.reportProblem(ctx.pointer, problems.length ? problems.join('；') : undefined);
  };

  const remove = (item: Attachment) => {
    ctx.host.files.delete(item.id);
    const next = list.filter((a) => a.id !== item.id);
    ctx.host.setValue(ctx.pointer, next.length ? next : undefined);
    // Its button is gone: focus goes to the file input (never to the next file's 删除), and the removal is said.
    ctx.host.announce(ctx.host.t('fileRemoved', { name: item.name }));
    void ctx.host.focusPointer(ctx.pointer);
  };

  return fieldShell(
    shellCtx,
    html`<input
        class="fz-file"
        part="input"
        type="file"
        id=${ctx.id}
        multiple
        accept=${accept.join(',') || nothing}
        ?disabled=${ctx.host.readonly || list.length >= maxItems}
        aria-invalid=${ctx.error ? 'true' : 'false'}
        aria-describedby=${describedBy(shellCtx) ?? nothing}
        @change=${onPick}
      />
      ${list.length
        ? html`<ul class="fz-files" part="files">
            ${list.map(
              (item) => html`<li>
                <span>${item.name}（${formatBytes(item.size)}）</span>
                <button type="button" class="fz-link-button" @click=${() => remove(item)}>${ctx.host.t('fileRemove', { name: item.name })}</button>
              </li>`,
            )}
          </ul>`
        : nothing}`,
  );
}
