import { safeHttpUrl } from '@fazhi/core';
import { plainHeader } from '@fazhi/form';
import { html, nothing, type TemplateResult } from 'lit';
import { basisText, joinList } from './format.js';
import { codeLabel } from './labels.js';
import type { EnforcementBody, EnforcementMatter, EnforcementOfficer } from './types.js';
import { cell, header, labelsOf, table, type TableContext } from './views.js';

/* The tables of the 事前公开 lists, loaded when one of them is first shown. */

export function bodiesTable(items: EnforcementBody[], c: TableContext): TemplateResult {
  return table(
    c,
    'bodies',
    [header(c, 'name', c.t('bodyName')), plainHeader(c.t('bodyType')), plainHeader(c.t('uscc')), plainHeader(c.t('scope')), plainHeader(c.t('phone'))],
    items.map(
      (b) => html`<tr part="row">
        <th scope="row">${b.name}</th>
        <td>${labelsOf(c, 'bodyType', b.type) || c.t('none')}${b.entrustedBy ? html`<div class="fz-muted">${c.t('entrustedBy')}：${b.entrustedBy}</div>` : nothing}</td>
        ${cell(b.uscc, c)}
        <td>${b.scope ?? c.t('none')}${b.legalBasis ? html`<div class="fz-muted">${c.t('legalBasisOfBody')}：${b.legalBasis}</div>` : nothing}</td>
        <td>
          ${b.phone ?? c.t('none')}${b.address ? html`<div class="fz-muted">${b.address}</div>` : nothing}
          ${safeHttpUrl(b.website)
            ? html`<div><a href=${safeHttpUrl(b.website)!} rel="noopener noreferrer">${c.t('website')}<span class="fz-visually-hidden">：${b.name}</span></a></div>`
            : nothing}
        </td>
      </tr>`,
    ),
  );
}

export function officersTable(items: EnforcementOfficer[], c: TableContext): TemplateResult {
  return table(
    c,
    'officers',
    [
      plainHeader(c.t('officerName')),
      plainHeader(c.t('certNo')),
      plainHeader(c.t('officerAgency')),
      plainHeader(c.t('field')),
      plainHeader(c.t('region')),
      header(c, 'validUntil', c.t('validity')),
    ],
    items.map((o) => {
      // Past its date a certificate is expired whatever the status field still says.
      const status = o.validUntil !== undefined && o.validUntil < c.today ? 'expired' : (o.status ?? (o.validUntil ? 'valid' : undefined));
      return html`<tr part="row">
        <th scope="row">${o.name}</th>
        <td class="fz-code">${o.certNo}</td>
        ${cell(o.agency, c)} ${cell(joinList(o.fields), c)} ${cell(c.regionName(o.region), c)}
        <td>
          ${o.validUntil ? c.t('validUntil', { date: o.validUntil }) : nothing}
          ${status
            ? html`<span class=${status === 'valid' ? 'fz-badge' : 'fz-badge fz-badge--expired'}>${codeLabel(c.locale, 'officerStatus', status)}</span>`
            : nothing}
          ${!o.validUntil && !status ? c.t('none') : nothing}
        </td>
      </tr>`;
    }),
  );
}

export function mattersTable(items: EnforcementMatter[], c: TableContext): TemplateResult {
  return table(
    c,
    'matters',
    [
      header(c, 'code', c.t('matterCode')),
      header(c, 'name', c.t('matterName')),
      plainHeader(c.t('category')),
      plainHeader(c.t('matterAgency')),
      plainHeader(c.t('matterBasis')),
      plainHeader(c.t('procedure')),
    ],
    items.map((m) => {
      const link = safeHttpUrl(m.procedureUrl);
      return html`<tr part="row">
        <td class="fz-code">${m.code || c.t('none')}</td>
        <th scope="row">${m.name}</th>
        ${cell(labelsOf(c, 'category', m.category), c)} ${cell(m.body, c)}
        <td>
          ${m.basis?.length ? html`<ul class="fz-plain-list">${m.basis.map((b) => html`<li>${basisText(b)}</li>`)}</ul>` : c.t('none')}
        </td>
        <td>
          ${link ? html`<a href=${link} rel="noopener noreferrer">${c.t('procedureLink')}<span class="fz-visually-hidden">：${m.name}</span></a>` : nothing}
          ${m.remedy ? html`<div class="fz-muted">${c.t('remedy')}：${m.remedy}</div>` : nothing}
          ${!link && !m.remedy ? c.t('none') : nothing}
        </td>
      </tr>`;
    }),
  );
}
