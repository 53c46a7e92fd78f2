import { maskAddress } from './address.js';
import { maskBankAccount, maskEmail, maskPlate } from './accounts.js';
import { idBirthDate, idChecksumOk } from './id-number.js';
import { canonicalName, maskName, namePattern } from './name.js';
import { maskPhone } from './phone.js';
import { DEFAULT_MASK_RULES, type MaskRules } from './rules.js';
import { toHalfWidth as foldWidth } from '../formats/width.js';
import { checkUscc } from '../formats/cn-uscc.js';

export interface FreeTextOptions {
  /** Natural persons' names to mask wherever they occur (the party, witnesses…). */
  names?: readonly string[];
  /** Rules in force; defaults to DEFAULT_MASK_RULES. */
  rules?: MaskRules;
}

interface Span { start: number; end: number; text: string }

// Long digit runs, allowing the single spaces or hyphens people type between groups.
const DIGIT_RUN = /(?<![0-9A-Za-z])\d(?:[ -]?\d){13,21}(?:[ -]?[Xx])?(?![0-9A-Za-z])/g;
const ALNUM_18 = /(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])/g;
const LANDLINE = /(?<![0-9])[(（]?0(?:10|2\d|[3-9]\d{2})[)）]?[ -]?[2-9]\d{2,3}[ -]?\d{4}(?:-\d{1,6})?(?![0-9])/g;
// A short local number is a phone only when the text says so.
const LABELLED_PHONE = /(?:电话|手机|联系方式|座机|传真|[Tt][Ee][Ll])(?:号码?)?[:：\s]*(?:为|是)?[:：\s]*(\d[\d-]{5,}\d)/g;
const SEVEN_DIGITS = /\d(?:[ -]?\d){6}/;
const PLATE_HINT = /[A-HJ-NP-Z][·•・. -]?[A-HJ-NP-Z0-9]{5}/;
const PLATE = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・. -]?[A-HJ-NP-Z0-9]{5,6}[挂学警港澳]?(?![0-9A-Za-z])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const ADDRESS_WORDS = '家庭住址|住址|住所地?|户籍所在地|户籍地|现居住地|居住地|家住|现住|住在|居住于|居住在|家庭地址|通讯地址|联系地址';
const ADDRESS_KEY = new RegExp(ADDRESS_WORDS);
const ADDRESS = new RegExp(`(?:${ADDRESS_WORDS})(?:为|在|于|是)?[:：\\s]*([^，,。；;）)\\n]{2,80})`, 'g');
const ADDRESS_LIKE = /[省市县区旗镇乡村路街巷弄号组室]/;
const BIRTH = /(?<!\d)(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?(?=出生|生人|生，|生,)/g;

function looksLikeId(id: string): boolean {
  return /[Xx]$/.test(id) ? /^\d{17}[Xx]$/.test(id) : idChecksumOk(id) || idBirthDate(id) !== null;
}

/** What an unexplained long number becomes: identity numbers vanish, accounts keep four digits. */
function classifyNumber(raw: string, rules: MaskRules, context: string): string | null {
  const n = raw.replace(/[ -]/g, '').toUpperCase();
  if (n.length === 18 && checkUscc(n) === null && !(idChecksumOk(n) && idBirthDate(n))) return null;
  if (n.length === 18 && looksLikeId(n)) return rules.omittedText;
  // A code after "信用代码" that fails its checksum (early pilot codes do) is still an organisation's.
  if (n.length === 18 && /信用代码[:：\s]*$/.test(context) && /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(n)) return null;
  if (n.length === 15 && idBirthDate(n)) return rules.omittedText;
  if (n.length >= 19 && looksLikeId(n.slice(0, 18))) return rules.omittedText; // 残疾人证号 = ID + 2
  if (n.length >= 16 && /^\d+$/.test(n)) return rules.bankAccount === 'omit' ? rules.omittedText : maskBankAccount(n);
  return null;
}

/**
 * Finds personal data inside prose (违法事实 and the like) and masks it: identity numbers (18- and
 * 15-digit, valid or not, full-width or spaced), mobile and fixed-line numbers, bank cards, plates,
 * e-mail, addresses after 住址/住所…, birth dates, and the given names however they are written
 * (spacing, dots, case, notes such as （男）: name.ts `namePattern`). 文号 such as
 * X市监罚〔2026〕12号, amounts such as 5000元 and organisations' credit codes are left alone.
 */
export function maskFreeText(text: string, options: FreeTextOptions = {}): string {
  if (typeof text !== 'string' || !text) return typeof text === 'string' ? text : '';
  const rules = options.rules ?? DEFAULT_MASK_RULES;
  const folded = foldWidth(text);
  const spans: Span[] = [];
  const free = (start: number, end: number) => spans.every((s) => end <= s.start || start >= s.end);
  const add = (start: number, end: number, replacement: string | null) => {
    if (replacement !== null && end > start && free(start, end)) spans.push({ start, end, text: replacement });
  };
  const scan = (re: RegExp, replace: (m: RegExpExecArray) => string | null, group = 0) => {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = group ? m.index + m[0].lastIndexOf(m[group]) : m.index;
      add(start, start + m[group].length, replace(m));
    }
  };

  // Cheap tests first: most fields hold no run of seven digits (every identity, phone or account
  // number has one, spaces and hyphens allowed), no plate, no e-mail, no address, no birth date.
  if (SEVEN_DIGITS.test(folded)) {
    scan(ALNUM_18, (m) => classifyNumber(m[0], rules, folded.slice(Math.max(0, m.index - 12), m.index)));
    scan(DIGIT_RUN, (m) => classifyNumber(m[0], rules, folded.slice(Math.max(0, m.index - 12), m.index)));
    const phone = (s: string) => (rules.phone === 'omit' ? rules.omittedText : maskPhone(s));
    scan(MOBILE, (m) => phone(m[0]));
    scan(LANDLINE, (m) => phone(m[0]));
    scan(LABELLED_PHONE, (m) => (/^[48]00/.test(m[1]!) ? null : phone(m[1]!)), 1);
  }
  if (PLATE_HINT.test(folded)) scan(PLATE, (m) => (rules.plate === 'omit' ? rules.omittedText : maskPlate(m[0])));
  if (folded.includes('生')) scan(BIRTH, () => rules.omittedText);
  if (folded.includes('@')) scan(EMAIL, (m) => (rules.email === 'omit' ? rules.omittedText : maskEmail(m[0])));
  if (ADDRESS_KEY.test(folded)) {
    scan(ADDRESS, (m) => (ADDRESS_LIKE.test(m[1]!) ? maskAddress(m[1]!, rules.address, rules.omittedText) : null), 1);
  }

  // Longest first, so 欧阳小明 is masked whole before 欧阳小 could be.
  const names = [...new Set([...(options.names ?? []), ...rules.extraNames].filter((n): n is string => typeof n === 'string').map(canonicalName))]
    .sort((a, b) => b.length - a.length);
  const lower = names.length ? folded.toLowerCase() : '';
  for (const name of names) {
    // Cheap test first: a name cannot be there without its first character.
    if (!lower.includes(name.charAt(0).toLowerCase())) continue;
    const masked = rules.name === 'omit' ? rules.omittedText : maskName(name, rules.name);
    const pattern = masked === name ? null : namePattern(name);
    if (pattern) scan(pattern, () => masked);
  }

  if (!spans.length) return text;
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}
