import type { Attachment, LegalAidApplication } from '@fazhi/core';
import { html, nothing } from 'lit';
import type { LegalAidMessageKey } from './messages.js';

type T = (key: LegalAidMessageKey, params?: Record<string, unknown>) => string;

const names = (list: Attachment[] | undefined) => (list ?? []).map((file) => file.name);

/**
 * What happens next (the 7-day decision, 第四十三条), help first when urgent (第四十四条), and the
 * originals to bring: the identity documents and every file that was uploaded, by name.
 */
export function receiptNote(data: Partial<LegalAidApplication>, t: T, note: string | undefined) {
  const uploaded = [...names(data.attachments), ...names(data.exemptionProof), ...names(data.representative?.proof)];
  const urgent = data.urgency && data.urgency.kind !== 'none';
  return html`<p>${note ?? t('reviewPeriod')}</p>
    ${urgent ? html`<p class="fz-urgent">${t('urgent')}</p>` : nothing}
    <h3 class="fz-bring-title">${t('bringTitle')}</h3>
    <ul class="fz-bring">
      <li>${t('bringId')}</li>
      ${data.representative ? html`<li>${t('bringAgent')}</li>` : nothing}
      <li>${uploaded.length ? t('bringFiles', { names: uploaded.join('、') }) : t('bringCase')}</li>
    </ul>
    <p>${t('hotline')}</p>`;
}
