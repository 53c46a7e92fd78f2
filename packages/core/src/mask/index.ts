/**
 * Masking of personal data in public widgets (执法公示 and the like), identical in browser and
 * server. Defaults and their legal basis: docs/enforcement-notice.md.
 */
export { maskName, visibleSurname, looksLikePersonalName, canonicalName, namePattern, COMPOUND_SURNAMES, type NameStyle } from './name.js';
export { namesInText, type NamesInTextOptions } from './names-in-text.js';
export { maskPhone } from './phone.js';
export { maskAddress, splitAddress, type AddressLevel } from './address.js';
export { maskBankAccount, maskPlate, maskEmail } from './accounts.js';
export { maskFreeText, type FreeTextOptions } from './free-text.js';
export { maskRecord, maskValue, type MaskKind, type MaskRecordOptions } from './record.js';
export { simpleMatches } from './match.js';
export { DEFAULT_MASK_RULES, tightenRules, resolveMaskRules, type MaskRules } from './rules.js';
export {
  isPublishable, unpublishableReason, isNaturalPerson, publicationDay, PUBLIC_STATUSES, type UnpublishableReason,
} from './publishable.js';
export { idBirthDate, idChecksumOk } from './id-number.js';
export { publicDecision, type PublicDecision } from './decision.js';
export { plainText, plainDate, plainTexts, compactRecord } from './plain.js';

import { DEFAULT_MASK_RULES } from './rules.js';

/** Identity numbers are never shown, whole or in part: only the placeholder text is. */
export function maskIdNumber(_id: string, omittedText: string = DEFAULT_MASK_RULES.omittedText): string {
  return omittedText;
}
