/** One 民族 with its GB 3304-91 two-digit code and two-letter Latin code. */
export interface Ethnicity {
  code: string;
  name: string;
  letters?: string;
  /** false for the household-registration extras that GB 3304 does not list. */
  inGb3304: boolean;
}

const GB3304: [code: string, name: string, letters: string][] = [
  ['01', '汉族', 'HA'], ['02', '蒙古族', 'MG'], ['03', '回族', 'HU'], ['04', '藏族', 'ZA'],
  ['05', '维吾尔族', 'UG'], ['06', '苗族', 'MH'], ['07', '彝族', 'YI'], ['08', '壮族', 'ZH'],
  ['09', '布依族', 'BY'], ['10', '朝鲜族', 'CS'], ['11', '满族', 'MA'], ['12', '侗族', 'DO'],
  ['13', '瑶族', 'YA'], ['14', '白族', 'BA'], ['15', '土家族', 'TJ'], ['16', '哈尼族', 'HN'],
  ['17', '哈萨克族', 'KZ'], ['18', '傣族', 'DA'], ['19', '黎族', 'LI'], ['20', '傈僳族', 'LS'],
  ['21', '佤族', 'VA'], ['22', '畲族', 'SH'], ['23', '高山族', 'GS'], ['24', '拉祜族', 'LH'],
  ['25', '水族', 'SU'], ['26', '东乡族', 'DX'], ['27', '纳西族', 'NX'], ['28', '景颇族', 'JP'],
  ['29', '柯尔克孜族', 'KG'], ['30', '土族', 'TU'], ['31', '达斡尔族', 'DU'], ['32', '仫佬族', 'ML'],
  ['33', '羌族', 'QI'], ['34', '布朗族', 'BL'], ['35', '撒拉族', 'SL'], ['36', '毛南族', 'MN'],
  ['37', '仡佬族', 'GL'], ['38', '锡伯族', 'XB'], ['39', '阿昌族', 'AC'], ['40', '普米族', 'PM'],
  ['41', '塔吉克族', 'TA'], ['42', '怒族', 'NU'], ['43', '乌孜别克族', 'UZ'], ['44', '俄罗斯族', 'RS'],
  ['45', '鄂温克族', 'EW'], ['46', '德昂族', 'DE'], ['47', '保安族', 'BN'], ['48', '裕固族', 'YG'],
  ['49', '京族', 'GI'], ['50', '塔塔尔族', 'TT'], ['51', '独龙族', 'DR'], ['52', '鄂伦春族', 'OR'],
  ['53', '赫哲族', 'HZ'], ['54', '门巴族', 'MB'], ['55', '珞巴族', 'LB'], ['56', '基诺族', 'JN'],
];

/** The 56 民族 of GB 3304-91, in code order. */
export const ETHNICITIES: readonly Ethnicity[] = GB3304.map(([code, name, letters]) => ({ code, name, letters, inGb3304: true }));

/**
 * NOT in GB 3304: codes some household-registration systems add. Offer them only when a
 * portal opts in (e.g. 97 for citizens whose group is not among the 56).
 */
export const ETHNICITY_EXTRAS: readonly Ethnicity[] = [
  { code: '97', name: '其他未识别民族', inGb3304: false },
  { code: '98', name: '外国人入籍', inGb3304: false },
];

/** The options for a 民族 select: the 56, then the extras when asked for. */
export function ethnicityOptions(includeExtras = false): readonly Ethnicity[] {
  return includeExtras ? [...ETHNICITIES, ...ETHNICITY_EXTRAS] : ETHNICITIES;
}

/** Name for a code (GB 3304 or an extra), undefined when unknown. */
export function ethnicityName(code: string): string | undefined {
  return [...ETHNICITIES, ...ETHNICITY_EXTRAS].find((e) => e.code === code)?.name;
}
