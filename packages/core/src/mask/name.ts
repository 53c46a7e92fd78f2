import { toHalfWidth } from '../formats/width.js';

/**
 * Surnames of two characters. A name of three or more characters that starts with one of these keeps
 * both characters (欧阳某); a two-character name never does, because 欧阳 alone is surname 欧 + 阳.
 */
export const COMPOUND_SURNAMES: readonly string[] = (
  '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫 西门 百里 ' +
  '呼延 澹台 公冶 太史 申屠 闻人 万俟 钟离 宗政 濮阳 淳于 单于 赫连 乐正 东郭 拓跋 第五 梁丘 左丘 漆雕 ' +
  '公良 谷梁 段干 亓官 司寇 子车 颛孙 巫马 公西 壤驷 公羊 仲孙 叔孙 闾丘 鲜于 司空 微生 羊舌 东门 夹谷'
).split(' ');

export type NameStyle = 'mou' | 'moumou';

// Between the characters of one name: spaces of every kind (U+3000 included), zero-width and other
// format characters, and the dots or hyphens that join the parts of minority and transliterated names.
const GAP = '[\\s\\p{Cf}·•・‧･∙⋅.．\\-‐]';
const GAPS = new RegExp(`${GAP}+`, 'gu');
// Notes a feed appends to a name: 王小明（男）, 刘小芳(女), 李四[汉族].
const NOTE = /[（(［[【〔][^）)］\]】〕]*[）)］\]】〕]/g;
const LATIN = /[A-Za-z]/;

/**
 * A name as it is meant, however the feed wrote it: full-width letters folded, notes in brackets
 * dropped, spaces inside a Chinese name removed, any dot written ·, a Latin name's words one space
 * apart. 王　明 → 王明, 王小明（男） → 王小明, 阿依古丽•买买提 → 阿依古丽·买买提, ＺＨＡＮＧ　ＷＥＩ → ZHANG WEI.
 */
export function canonicalName(name: string): string {
  const plain = toHalfWidth(name).replace(NOTE, '').trim();
  if (LATIN.test(plain)) return plain.replace(GAPS, ' ').trim();
  return plain
    .replace(/[·•・‧･∙⋅.．\-‐]+/gu, '·')
    .replace(/[\s\p{Cf}]+/gu, '')
    .replace(/^·+|·+$/g, '');
}

/**
 * A pattern finding `name` in text however it is written there: any spacing, dot or none between
 * its characters, Latin letters in any case and not inside a longer word. Null for fewer than two
 * characters (too short to find safely).
 */
export function namePattern(name: string): RegExp | null {
  let pattern = patterns.get(name);
  if (pattern === undefined) {
    // The same few names are looked for in every field of a record, and across records.
    if (patterns.size > 5000) patterns.clear();
    patterns.set(name, (pattern = buildPattern(name)));
  }
  return pattern;
}

const patterns = new Map<string, RegExp | null>();

function buildPattern(name: string): RegExp | null {
  const chars = Array.from(canonicalName(name).replace(GAPS, ''));
  if (chars.length < 2) return null;
  const body = chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`${GAP}*`);
  const before = LATIN.test(chars[0]!) ? '(?<![A-Za-z])' : '';
  const after = LATIN.test(chars.at(-1)!) ? '(?![A-Za-z])' : '';
  return new RegExp(before + body + after, 'giu');
}

/** The part of a name that stays visible: the surname, or for 少数民族/foreign names the first character. */
export function visibleSurname(name: string): string {
  const clean = canonicalName(name);
  if (!clean) return '';
  // Minority and transliterated names (阿依古丽·测试) keep only their first character, as the courts do.
  if (/[·\s]/.test(clean)) return Array.from(clean)[0]!;
  const chars = Array.from(clean);
  if (chars.length >= 3 && COMPOUND_SURNAMES.includes(chars[0] + chars[1])) return chars[0] + chars[1];
  return chars[0];
}

/**
 * 张三 → 张某 ('mou') or 张某某 ('moumou'); the given name is never shown, so the style is a fixed
 * shape chosen by the portal, not the length of the real given name.
 */
export function maskName(name: string, style: NameStyle = 'mou'): string {
  const surname = visibleSurname(name);
  if (!surname) return '';
  return surname + (style === 'moumou' ? '某某' : '某');
}

const BUSINESS_WORD = /(店|铺|部|厂|行|馆|社|所|中心|公司|坊|场|院|堂|站|摊|室|厅|园|庄|吧|屋|城|楼|阁|超市|商贸|经营|批发|加工|维修|诊所|药房|农家乐|合作社)$/;

/**
 * Does a party name look like a bare personal name (王小测, 阿依古丽·测试) rather than a business
 * name (西湖区王小测小吃店)? 个体工商户 are often registered under the owner's own name.
 */
export function looksLikePersonalName(name: string): boolean {
  const s = canonicalName(name);
  if (BUSINESS_WORD.test(s)) return false;
  return /^[\u4e00-\u9fa5]{2,4}$/.test(s) || /^[\u4e00-\u9fa5]{1,8}·[\u4e00-\u9fa5]{1,8}$/.test(s);
}
