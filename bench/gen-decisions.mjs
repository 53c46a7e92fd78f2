// Synthetic 行政处罚决定 for the benchmark, shaped like schemas/enforcement-decision.schema.json.
// Deterministic: the same seed gives the same decisions on every machine. About a third of the
// parties are natural persons whose facts carry a (synthetic) identity number and a phone number,
// so the element's masking is part of what is measured.
//
//   node bench/gen-decisions.mjs [count] [file]     writes JSON (stdout when no file)
//   import { generateDecisions, BENCH_TODAY } from './gen-decisions.mjs'
//
// Every decision is public on BENCH_TODAY; pass it as the element's `today` so the figures do
// not change as the calendar moves on (natural persons' decisions leave after two years).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BENCH_TODAY = '2026-11-24';

/** mulberry32: a small seeded generator, good enough for test data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idNumber = (first17) => first17 + '10X98765432'[[...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0) % 11];

const AGENCIES = ['某某县市场监督管理局', '某某县综合行政执法局', '某某县生态环境分局', '某某县城关镇人民政府', '某某县动物卫生监督所'];
const SHORT = ['市监罚', '综执罚', '环罚', '城关罚', '动监罚'];
const KINDS = [
  { violation: '销售过期食品', types: ['fine', 'confiscate-property'], basis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项' },
  { violation: '无证经营', types: ['fine'], basis: '《无证无照经营查处办法》第十三条' },
  { violation: '超范围经营', types: ['fine', 'confiscate-gains'], basis: '《中华人民共和国市场主体登记管理条例》第四十六条' },
  { violation: '发布虚假广告', types: ['fine'], basis: '《中华人民共和国广告法》第五十五条第一款' },
  { violation: '擅自占用城市道路', types: ['fine'], basis: '《城市道路管理条例》第四十二条' },
  { violation: '超标排放大气污染物', types: ['fine', 'suspend-business'], basis: '《中华人民共和国大气污染防治法》第九十九条' },
  { violation: '未按规定公示营业执照', types: ['warning', 'fine'], basis: '《中华人民共和国市场主体登记管理条例》第四十八条' },
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN = '测试甲乙丙丁戊己庚辛壬癸小明华芳';

export function generateDecisions(count = 10000, seed = 20261124) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const decisions = [];
  for (let i = 0; i < count; i++) {
    const a = Math.floor(rand() * AGENCIES.length);
    const kind = pick(KINDS);
    const month = 1 + Math.floor(rand() * 10);
    const decidedAt = `2026-${pad(month)}-${pad(1 + Math.floor(rand() * 28))}`;
    const publishedAt = `2026-${pad(month)}-${pad(Math.min(28, Number(decidedAt.slice(8)) + 3))}`;
    const roll = rand();
    const partyType = roll < 0.35 ? 'natural-person' : roll < 0.55 ? 'individual-business' : 'legal-entity';
    const fineAmount = Math.round(rand() * 2000) * 50 + 200;
    const person = partyType === 'natural-person';
    const name = person
      ? pick(SURNAMES) + pick(GIVEN) + (rand() < 0.5 ? pick(GIVEN) : '')
      : partyType === 'individual-business'
        ? `某某县测试${pick(['小吃店', '水果店', '五金店', '农资经营部'])}${i + 1}`
        : `某某县测试${pick(['商贸', '食品', '建材', '科技'])}有限公司${i + 1}`;
    const birth = `19${50 + Math.floor(rand() * 50)}${pad(1 + Math.floor(rand() * 12))}${pad(1 + Math.floor(rand() * 28))}`;
    const mobile = `1${pick(['38', '39', '58', '86'])}${pad(Math.floor(rand() * 1e8), 8)}`;
    const facts = person
      ? `经查，当事人${name}（身份证号${idNumber(`340524${birth}${pad(i % 1000, 3)}`)}，联系电话${mobile}）于2026年${month}月在某某县城关镇${kind.violation}，货值金额${fineAmount / 5}元。${name}对上述事实无异议。`
      : `经查，当事人${name}于2026年${month}月${kind.violation}，货值金额${fineAmount / 5}元，违法事实清楚，证据确凿。`;
    decisions.push({
      id: `D${i + 1}`,
      docNo: `某${SHORT[a]}〔2026〕${i + 1}号`,
      caseName: `${name}${kind.violation}案`,
      partyType,
      partyName: name,
      ...(person ? { partyMinor: false } : { partyUscc: '91350100M000100Y43', legalRep: pick(SURNAMES) + '测试' }),
      violation: kind.violation,
      facts,
      basis: kind.basis,
      penaltyTypes: kind.types,
      penaltyContent: `罚款${fineAmount}元。`,
      fineAmount,
      decidedAt,
      publishedAt,
      publicUntil: person ? '2028-06-30' : '2031-06-30',
      agency: AGENCIES[a],
      status: 'valid',
    });
  }
  return decisions;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2]) || 10000;
  const text = JSON.stringify(generateDecisions(count));
  if (process.argv[3]) writeFileSync(process.argv[3], text);
  else process.stdout.write(text);
}
