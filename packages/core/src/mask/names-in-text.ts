import { toHalfWidth } from '../formats/width.js';
import { canonicalName, COMPOUND_SURNAMES, namePattern } from './name.js';

/*
 * Other people named in a decision's text: co-parties listed beside the party (王小明、李大海), and
 * people a cue introduces (证人李建华, 其妻子刘小芳). A heuristic, and no list finds every name:
 * backends must still mask third parties before publishing (docs/backend-contract.md).
 */

// The 120 commonest single-character surnames (the names of most people), without characters
// that mostly start ordinary words after these cues (于近日, 和, 向…).
const SURNAMES = new Set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳');
// Characters that end a name rather than continue it: words that follow a name in the facts
// (在场, 承认, 销售…), places and organisations (市, 公司), and 某 (already masked).
const STOP = new Set(
  '某在于等的和与及、称说系是为因已未经向对将把被从曾均亦也都所以之并无擅私违销售取得拒承认存储运输提供购买出租借收非法占涉隐瞒伪造冒设采砍伐捕排放倾倒堆搭驾驶雇佣持携带饲养燃到去至再又还就即不没做作现本此该其处内外上下前后中市县区省镇乡村公司厂店局队所院街路号共合同个名人'.split(''),
);
// Two-character words, starting with a surname character, that a cue is often followed by.
const WORDS = new Set('陈述 高价 方式 方面 常年 金额 任何 安全 严重 余额 施工 万元 夏季 白天 文件 程序 范围 田间 林木 石料 龙头 易燃 曾经 钱款 付款 章程 温度 康复 武器 齐全 江边 石材 牛肉 毛重 曾多 安装 安排 严格 常住 金融 石油 黄色 高速 高于 高额 方便 龙虾 戴着 江面'.split(' '));
const CUES = [
  '当事人', '证人', '其妻子', '其丈夫', '其妻', '其夫', '妻子', '丈夫', '其子', '其女', '儿子', '女儿', '其父亲', '其母亲', '其父', '其母', '父亲', '母亲',
  '同伙', '雇员', '雇工', '店员', '员工', '举报人', '投诉人', '受害人', '被害人', '驾驶人', '驾驶员', '车主', '房东', '承租人',
  '出租人', '监护人', '代理人', '亲属', '邻居', '村民', '居民', '业主', '经营者', '负责人', '合伙人', '行为人', '嫌疑人',
];
// Longest first: 其父亲 before 其父. 当事人 names the party itself when it is an organisation.
CUES.sort((a, b) => b.length - a.length);
const CUE = new RegExp(`(?:${CUES.join('|')})[:：]?`, 'g');
const CUE_NOT_PARTY = new RegExp(`(?:${CUES.filter((c) => c !== '当事人').join('|')})[:：]?`, 'g');
const CJK = /^[\u4e00-\u9fff]$/;
// A place or an organisation, not a person: 江山市, 黄山区, 王记公司.
const PLACE_AFTER = /^(?:[市县区省镇乡村州盟旗]|公司|厂|店)/;
const JOINERS = '、与和及';

/** Up to `max` characters of a given name at the start of `chars`, stopping at a STOP character. */
function givenName(chars: readonly string[], max: number): string {
  let n = 0;
  while (n < max && chars[n] && CJK.test(chars[n]!) && !STOP.has(chars[n]!)) n++;
  return chars.slice(0, n).join('');
}

/** A name at the start of `s` (surname + one or two given characters, a dotted or a Latin name), or undefined. */
function nameAt(s: string): string | undefined {
  const dotted = /^[\u4e00-\u9fff]{1,8}·/.exec(s);
  if (dotted) {
    const rest = givenName(Array.from(s.slice(dotted[0].length, dotted[0].length + 8)), 8);
    return rest ? dotted[0] + rest : undefined;
  }
  const latin = /^(?:[A-Z][a-z]+|[A-Z]+)(?: (?:[A-Z][a-z]+|[A-Z]+)){1,2}(?![A-Za-z])/.exec(s);
  if (latin) return latin[0];
  const chars = Array.from(s.slice(0, 4));
  const surname = chars.length > 2 && COMPOUND_SURNAMES.includes(chars[0]! + chars[1]!) ? 2 : SURNAMES.has(chars[0] ?? '') ? 1 : 0;
  if (!surname || WORDS.has(chars[0]! + chars[1])) return undefined;
  const given = givenName(chars.slice(surname), 2);
  const name = given ? chars.slice(0, surname).join('') + given : undefined;
  return name && !PLACE_AFTER.test(s.slice(name.length)) ? name : undefined;
}

/** A name ending just before `end` in `s` (李大海 in 李大海与王小明), or undefined. */
function nameBefore(s: string, end: number): string | undefined {
  for (const length of [3, 2]) {
    const found = end >= length ? nameAt(s.slice(end - length, end)) : undefined;
    if (found?.length === length) return found;
  }
  return undefined;
}

export interface NamesInTextOptions {
  /** 当事人 names the party itself when it is an organisation: only then is the cue skipped. */
  partyIsPerson?: boolean;
}

/**
 * Natural persons' names found in `texts` besides `known` ones (the party, a sole trader's owner):
 * names listed with a known one (、与和及, either side, repeated along a list) and names after a
 * cue (证人, 其妻子…). Canonical forms (canonicalName); masked forms (张某) are not names.
 */
export function namesInText(texts: readonly string[], known: readonly string[], options: NamesInTextOptions = {}): string[] {
  // Read with spaces between Chinese characters removed and dots written one way.
  const plain = texts.map((t) =>
    toHalfWidth(t).replace(/(?<=[\u4e00-\u9fff])[\s\p{Cf}]+(?=[\u4e00-\u9fff])/gu, '').replace(/[•・‧･∙⋅](?=[\u4e00-\u9fff])/gu, '·'),
  );
  const found: string[] = [];
  const own = known.map(canonicalName);
  const add = (name: string | undefined) => {
    const n = name && canonicalName(name);
    if (n && !n.includes('某') && !own.includes(n) && !found.includes(n)) found.push(n);
  };
  const cue = options.partyIsPerson === false ? CUE_NOT_PARTY : CUE;
  for (const text of plain) for (const m of text.matchAll(cue)) add(nameAt(text.slice(m.index + m[0].length)));

  // Along lists: every name found next to a known or found one is a name too.
  const queue = [...own, ...found];
  for (let i = 0; i < queue.length && i < 50; i++) {
    const pattern = namePattern(queue[i]!);
    if (!pattern) continue;
    const first = queue[i]!.charAt(0).toLowerCase();
    for (const text of plain) {
      if (!text.toLowerCase().includes(first)) continue;
      for (const m of text.matchAll(pattern)) {
        const end = m.index + m[0].length;
        const next = JOINERS.includes(text[end] ?? '') ? nameAt(text.slice(end + 1)) : undefined;
        const previous = JOINERS.includes(text[m.index - 1] ?? '') ? nameBefore(text, m.index - 1) : undefined;
        for (const name of [next, previous]) {
          const before = found.length;
          add(name);
          if (found.length > before) queue.push(found.at(-1)!);
        }
      }
    }
  }
  return found;
}
