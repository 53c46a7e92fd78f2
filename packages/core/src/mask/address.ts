/**
 * How much of an address stays: province, prefecture (市/州/盟/地区) and county (区/县/县级市/旗);
 * 乡镇、街道、村、路、门牌 never do. Parsing is a heuristic: when in doubt it keeps less.
 */
export type AddressLevel = 'county' | 'city' | 'province' | 'omit';

// Street-level words; a unit name may start with one (镇江市, 乡宁县) but never contains one later.
const STREET = '(?:街道|小区|社区|大道|胡同|[路街巷弄号村镇乡组栋幢室\\d])';
const NAME_CHAR = `(?:(?!${STREET})[^\\s\\d,，。;；:：()（）])`;
const unit = (min: number, max: number, suffix: string) =>
  `[^\\s\\d,，。;；:：()（）]${NAME_CHAR}{${min - 1},${max - 1}}?(?:${suffix})`;

const MUNICIPALITY = '(?:北京|上海|天津|重庆)市';
const PROVINCE = `(?:${MUNICIPALITY}|${unit(2, 7, '省|自治区|特别行政区')})`;
// 杭州市 must not stop at 杭州: a unit is never directly followed by another unit suffix.
const CITY = `${unit(1, 10, '自治州|地区|盟|州|市')}(?![市县区旗])`;
const COUNTY = `${unit(1, 13, '自治县|自治旗|林区|特区|新区|县|区|市|旗')}(?![市县区旗])`;
const PATTERN = new RegExp(`^(${PROVINCE})?(${CITY})?(${COUNTY})?`);

/** Splits the administrative prefix of an address; unmatched levels are ''. */
export function splitAddress(address: string): { province: string; city: string; county: string } {
  const m = PATTERN.exec(address.trim().replace(/\s+/g, ''));
  return { province: m?.[1] ?? '', city: m?.[2] ?? '', county: m?.[3] ?? '' };
}

/** 浙江省杭州市西湖区文三路90号 → 浙江省杭州市西湖区 (or less, by level); unrecognisable → omittedText. */
export function maskAddress(address: string, level: AddressLevel = 'county', omittedText = '（已隐去）'): string {
  if (level === 'omit') return omittedText;
  const { province, city, county } = splitAddress(address);
  const kept = level === 'province' ? province : level === 'city' ? province + city : province + city + county;
  return kept || omittedText;
}
