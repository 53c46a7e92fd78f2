import type { FormatDef, FormatIssue } from '../types.js';
import type { Catalogue } from '../i18n/index.js';
import { charCount, compact } from './width.js';

export type RegionCodeIssueCode = 'chars' | 'length' | 'province' | 'structure';

/** GB/T 2260 province-level codes (incl. 71 台湾, 81 香港, 82 澳门); they change far less often than counties. */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/**
 * Prefecture part: 00 (the province itself), 01–70 (cities 01–20/51–70, 地区/州/盟 21–50) or 90
 * (counties governed directly by the province). County part 00 names the prefecture itself.
 */
function prefectureOk(prefecture: number, county: number, fullLength: number): boolean {
  if (prefecture === 0) return county === 0 && fullLength === 6;
  return prefecture <= 70 || prefecture === 90;
}

/**
 * Structure only, not membership in the current table: codes change every year and old ones
 * stay on documents. 9 digits = + township (乡级), 12 digits = + village (村级), 统计用区划代码.
 */
export function checkRegionCode(value: string): FormatIssue | null {
  if (!/^\d*$/.test(value)) return { code: 'chars' };
  if (![6, 9, 12].includes(value.length)) return { code: 'length', params: { length: charCount(value) } };
  if (!PROVINCES.has(value.slice(0, 2))) return { code: 'province' };
  // 统计用区划代码 pads higher levels with zeros (330100000000 = 杭州市): judge the level actually named.
  const named = value.replace(/^(\d{6}(?:\d{3})*?)(?:000)+$/, '$1');
  if (!prefectureOk(Number(value.slice(2, 4)), Number(value.slice(4, 6)), named.length)) return { code: 'structure' };
  return null;
}

export const regionCodeMessages: Catalogue<RegionCodeIssueCode> = {
  'zh-CN': {
    chars: '{title}只能填写数字',
    length: '{title}应为6位（县级）、9位（乡级）或12位（村级）数字，您输入了{length}位',
    province: '{title}的前两位不是有效的省级代码',
    structure: '{title}不是有效的行政区划代码，请核对第3到6位',
  },
};

export const cnRegionCode: FormatDef = {
  check: checkRegionCode,
  normalize: compact,
  messages: regionCodeMessages,
};
