import { findRegionPath, type RegionNode } from '@fazhi/core';
import { html, nothing } from 'lit';
import { describedBy, type FieldContext } from '../context.js';
import { groupShell } from '../shell.js';
import { textWidget } from '../text.js';
import { nationalRegions } from './national-regions.js';

const LEVELS = ['regionProvince', 'regionCity', 'regionCounty', 'regionTownship', 'regionVillage'] as const;

/**
 * 行政区划 cascader: one labelled select per level, down to the village when the portal's data
 * goes that deep. The value is the deepest code chosen. A portal's own tree (`.regions`/`regions-src`)
 * wins; without one, the national tree down to the county arrives on demand. Until it does (or if it
 * cannot), the field takes the code typed.
 */
export function regionWidget(ctx: FieldContext) {
  const tree = ctx.host.regions ?? nationalRegions(() => ctx.host.requestUpdate());
  if (!tree?.length) return textWidget(ctx);
  const path = typeof ctx.value === 'string' ? (findRegionPath(tree, ctx.value) ?? []) : [];
  const levels: { options: RegionNode[]; chosen?: RegionNode }[] = [{ options: tree, chosen: path[0] }];
  for (let i = 0; path[i]?.children?.length; i++) levels.push({ options: path[i]!.children!, chosen: path[i + 1] });
  const choose = (level: number, code: string) => {
    const parent = level > 0 ? path[level - 1]!.code : undefined;
    ctx.host.setValue(ctx.pointer, code || parent);
  };
  return groupShell(
    ctx,
    html`<div class="fz-cascade" part="cascade">
      ${levels.map(
        (level, i) => html`<div class="fz-cascade-level">
          <label for=${i === 0 ? ctx.id : `${ctx.id}-${i}`}>${LEVELS[i] ? ctx.host.t(LEVELS[i]) : ''}</label>
          <select
            id=${i === 0 ? ctx.id : `${ctx.id}-${i}`}
            ?disabled=${ctx.host.readonly}
            ?required=${ctx.required && i === 0}
            aria-invalid=${ctx.error ? 'true' : 'false'}
            aria-describedby=${describedBy(ctx) ?? nothing}
            @change=${(e: Event) => choose(i, (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!level.chosen}>${ctx.host.t('select')}</option>
            ${level.options.map((o) => html`<option value=${o.code} ?selected=${o.code === level.chosen?.code}>${o.name}</option>`)}
          </select>
        </div>`,
      )}
      ${path.length ? html`<p class="fz-derived" aria-live="polite">${path.map((n) => n.name).join(' / ')}</p>` : nothing}
    </div>`,
  );
}
