import { onLocale } from '../i18n/index.js';
import type { FormatDef } from '../types.js';
import { cnIdCard } from './cn-id-card.js';
import { cnMobile } from './cn-mobile.js';
import { cnPhone } from './cn-phone.js';
import { cnPostalCode } from './cn-postal-code.js';
import { cnRegionCode } from './cn-region-code.js';
import { cnUscc } from './cn-uscc.js';
import { dateFormat } from './date.js';
import { emailFormat } from './email.js';

/** Every format a schema may name with `"format": "<name>"`; error codes are `format.<name>.<issue code>`. */
export const formats: Record<string, FormatDef> = {
  'cn-id-card': cnIdCard,
  'cn-uscc': cnUscc,
  'cn-mobile': cnMobile,
  'cn-phone': cnPhone,
  'cn-postal-code': cnPostalCode,
  'cn-region-code': cnRegionCode,
  date: dateFormat,
  email: emailFormat,
};

// Their English comes with `loadLocale('en')`, only where validation messages are shown.
onLocale('en', () => import('./messages.en.js'));

export { formatHints, type FormatHint } from './hints.js';
export { deriveIdCard, type IdCardFacts } from './derive-id-card.js';
export { checkIdCard, idCardCheckChar, normalizeIdCard, type IdCardIssueCode } from './cn-id-card.js';
export { USCC_CHECKSUM, usccCheckChar, type UsccIssueCode } from './cn-uscc.js';
export { toHalfWidth } from './width.js';
