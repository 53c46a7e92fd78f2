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

/** The part of a name that stays visible: the surname, or for 少数民族/foreign names the first character. */
export function visibleSurname(name: string): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) return '';
  // Minority and transliterated names (阿依古丽·测试) keep only their first character, as the courts do.
  if (/[·•・.．\s]/.test(clean)) return Array.from(clean)[0];
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
  const s = name.trim();
  if (BUSINESS_WORD.test(s)) return false;
  return /^[\u4e00-\u9fa5]{2,4}$/.test(s) || /^[\u4e00-\u9fa5]{1,8}[·•・][\u4e00-\u9fa5]{1,8}$/.test(s);
}
