#!/usr/bin/env node
/**
 * A synthetic county power list (权责清单) for benchmarks: by default 10,000 items with the
 * category mix of a real county + township list (卫滨区 2021: ~70% 行政处罚), long legal-basis
 * text, names with 〔〕 and full-width brackets, the same name under several departments, and
 * sub-items. Deterministic: the same count and seed give the same bytes. Valid against
 * schemas/power-list-item.schema.json. Region code 990101 and all phone numbers are fictional.
 *
 *   node bench/gen-power-list.mjs [out.json] [--count 10000] [--seed 1]
 *
 * Without a path the JSON array goes to stdout.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** mulberry32: small, fast, and the same in every Node version. */
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

// Shares per 10,000 (卫滨区: 处罚 2152 of 3064, 检查 197, 许可 130, 其他 387, 强制 78, 确认 43, 奖励 40, 给付 25, 征收 8, 裁决 4).
const MIX = [
  ['penalty', 'CF', 7024],
  ['inspection', 'JC', 643],
  ['licensing', 'XK', 424],
  ['other', 'QT', 1263],
  ['coercion', 'QZ', 255],
  ['confirmation', 'QR', 140],
  ['reward', 'JL', 131],
  ['benefit', 'JF', 82],
  ['levy', 'ZS', 26],
  ['adjudication', 'CJ', 12],
];

const DEPARTMENTS = [
  ['SC', '示范县市场监督管理局', ['食品生产经营者', '特种设备使用单位', '药品零售企业', '计量器具使用者', '网络交易经营者', '广告发布者']],
  ['ZR', '示范县自然资源局', ['土地使用者', '采矿权人', '测绘单位', '建设单位']],
  ['HB', '示范县生态环境分局', ['排污单位', '建设项目单位', '危险废物产生单位', '机动车维修单位']],
  ['JT', '示范县交通运输局', ['道路运输经营者', '出租汽车驾驶员', '公路施工单位', '机动车驾驶员培训机构']],
  ['NY', '示范县农业农村局', ['农药经营者', '种子生产经营者', '兽药经营企业', '饲料生产企业', '渔业捕捞者']],
  ['YJ', '示范县应急管理局', ['生产经营单位', '危险化学品经营单位', '烟花爆竹零售经营者', '非煤矿山企业']],
  ['WJ', '示范县卫生健康委员会', ['医疗机构', '公共场所经营者', '生活饮用水供水单位', '放射诊疗机构']],
  ['JY', '示范县教育局', ['民办学校', '校外培训机构', '幼儿园']],
  ['ZJ', '示范县住房和城乡建设局', ['建筑施工企业', '房地产开发企业', '物业服务企业', '燃气经营企业']],
  ['WL', '示范县文化和旅游局', ['娱乐场所', '互联网上网服务营业场所', '旅行社', '演出经营单位']],
  ['SL', '示范县水利局', ['河道采砂者', '取水单位', '水利工程管理单位']],
  ['LY', '示范县林业局', ['林木采伐者', '野生动物经营者', '木材经营加工单位']],
  ['RS', '示范县人力资源和社会保障局', ['用人单位', '职业中介机构', '劳务派遣单位']],
  ['MZ', '示范县民政局', ['社会组织', '养老机构', '殡葬服务单位']],
  ['CG', '示范县城市管理局', ['户外广告设置者', '沿街商户', '渣土运输单位']],
  ['XZ', '示范县青石镇人民政府', ['村民', '农村建房户', '村民委员会']],
  ['XZ', '示范县白沙乡人民政府', ['村民', '农村建房户', '村民委员会']],
];

const VIOLATIONS = [
  '未取得许可从事经营活动',
  '未按规定建立并执行进货查验记录制度',
  '伪造、变造、出租、出借许可证件',
  '未按规定报送年度报告',
  '拒绝、阻碍监督检查',
  '超范围经营',
  '未按规定公示相关信息',
  '未按规定进行定期检验',
  '违反规定擅自改变用途',
  '未按规定设置安全警示标志',
  '使用未经检验合格的设备',
  '未按规定配备专职管理人员',
  '虚假宣传',
  '逾期未改正违法行为',
  '违规倾倒、堆放废弃物',
  '未按规定办理变更登记',
];

const LAWS = [
  ['《中华人民共和国行政处罚法》', 28],
  ['《中华人民共和国食品安全法》', 154],
  ['《中华人民共和国安全生产法》', 119],
  ['《中华人民共和国环境保护法》', 70],
  ['《中华人民共和国土地管理法》', 87],
  ['《中华人民共和国道路运输条例》', 110],
  ['《中华人民共和国特种设备安全法》', 101],
  ['《中华人民共和国森林法》', 84],
  ['《中华人民共和国水法》', 82],
  ['《中华人民共和国城乡规划法》', 70],
  ['《娱乐场所管理条例》', 58],
  ['《农药管理条例》', 66],
  ['《某省安全生产条例》', 60],
  ['《国务院关于加强和规范事中事后监管的指导意见》（国发〔2019〕18号）', 0],
  ['《示范县城市市容和环境卫生管理办法》（示政规［２０２４］３号）', 0],
];

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function chineseNumber(n) {
  if (n < 10) return NUMERALS[n];
  if (n < 20) return '十' + NUMERALS[n % 10];
  if (n < 100) return NUMERALS[Math.floor(n / 10)] + '十' + NUMERALS[n % 10];
  const rest = n % 100;
  return NUMERALS[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + NUMERALS[rest] : rest < 20 ? '一' + chineseNumber(rest) : chineseNumber(rest));
}

const CLAUSE =
  '违反本法规定，有下列情形之一的，由县级以上人民政府有关主管部门责令改正，给予警告，没收违法所得；拒不改正的，处一万元以上五万元以下罚款；情节严重的，责令停产停业整顿，直至吊销许可证件：';
const CASES = [
  '（一）未按照规定履行安全管理职责的',
  '（二）未建立或者未落实管理制度的',
  '（三）隐瞒有关情况或者提供虚假材料的',
  '（四）拒绝、阻碍依法实施的监督检查的',
  '（五）未按照规定如实记录、保存有关资料的',
  '（六）法律、行政法规规定的其他情形。',
];

const STEPS = {
  penalty: ['立案', '调查取证', '审查', '告知', '决定', '送达', '执行'],
  coercion: ['审批', '告知', '实施', '处理'],
  licensing: ['申请', '受理', '审查', '决定', '送达'],
  inspection: ['制定计划', '实施检查', '处理', '公示'],
};
const STAGES = {
  penalty: ['filing', 'investigation', 'review', 'notification', 'decision', 'service', 'enforcement'],
  coercion: ['review', 'notification', 'decision', 'enforcement', 'supervision'],
  licensing: ['filing', 'review', 'decision', 'service', 'supervision'],
};

const pad = (n, width) => String(n).padStart(width, '0');

/** Builds `count` items; same arguments, same result. */
export function generatePowerList({ count = 10000, seed = 1 } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));

  const categories = [];
  for (const [category, letters, share] of MIX) {
    const n = Math.round((share / 10000) * count);
    for (let i = 0; i < n; i++) categories.push([category, letters]);
  }
  while (categories.length < count) categories.push(['penalty', 'CF']);
  categories.length = count;
  // Interleave categories as real lists are ordered by department, not by type.
  for (let i = categories.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [categories[i], categories[j]] = [categories[j], categories[i]];
  }

  const seq = new Map();
  const basisText = (long) => {
    const parts = [CLAUSE];
    const cases = long ? CASES.length : int(2, 4);
    for (let i = 0; i < cases; i++) parts.push(CASES[i]);
    let text = parts.join('');
    // Some county lists paste whole chapters: 2–3 KB of text in one basis.
    if (long) while (text.length < 900) text += parts.join('');
    return text.slice(0, 4900);
  };

  return categories.map(([category, letters], index) => {
    const [dept, agency, subjects] = pick(DEPARTMENTS);
    const key = `${dept}-${letters}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    const subject = pick(subjects);
    const act = pick(VIOLATIONS);
    let name;
    if (category === 'penalty') name = `对${subject}${act}的处罚`;
    else if (category === 'inspection') name = `对${subject}${pick(['安全生产', '经营行为', '许可条件保持情况', '日常管理'])}的监督检查`;
    else if (category === 'licensing') name = `${subject}${pick(['经营许可', '设立审批', '资质认定', '备案核准'])}`;
    else if (category === 'coercion') name = `${pick(['查封', '扣押', '暂扣'])}${subject}${pick(['违法使用的设备', '涉案物品', '有关证照'])}`;
    else if (category === 'confirmation') name = `${subject}${pick(['资格确认', '登记', '认定'])}`;
    else if (category === 'reward') name = `对${pick(['举报违法行为', '在应急救援中作出突出贡献', '见义勇为'])}的${pick(['单位和个人', '人员'])}的奖励`;
    else if (category === 'benefit') name = `${pick(['困难群众', '优抚对象', '特困人员', '高龄老人'])}${pick(['补助金', '救助金', '津贴'])}给付`;
    else if (category === 'levy') name = `${pick(['水资源费', '城市道路占用费', '森林植被恢复费'])}征收`;
    else if (category === 'adjudication') name = `${pick(['林木林地', '土地', '水事'])}权属争议裁决`;
    else name = `${subject}${pick(['年度报告公示', '信息公开', '宣传教育', '投诉举报处理', '信用评价'])}`;
    // 〔〕 and full-width brackets, as county documents write them.
    if (index % 37 === 0) name += `（依据示政发〔20${int(10, 25)}〕${int(1, 99)}号）`;
    if (index % 53 === 0) name += '［试行］';

    const lawCount = int(1, 3);
    const basis = [];
    for (let i = 0; i < lawCount; i++) {
      const [lawName, maxArticle] = pick(LAWS);
      const article = maxArticle ? `第${chineseNumber(int(1, maxArticle))}条${rand() < 0.3 ? `第${chineseNumber(int(1, 3))}款` : ''}` : undefined;
      basis.push({ lawName, ...(article ? { article } : {}), text: basisText(index % 10 === 0 && i === 0) });
    }

    const stages = STAGES[category] ?? ['filing', 'review', 'decision', 'supervision'];
    const steps = STEPS[category] ?? ['受理', '审核', '办理', '反馈'];
    const item = {
      code: `990101-${dept}-${letters}-${pad(n, 5)}`,
      name,
      category,
      basis,
      agency,
      unit: pick(['执法稽查大队', '政策法规股', '行政审批股', '综合行政执法队', '监督管理股']),
      level: dept === 'XZ' ? ['township'] : rand() < 0.2 ? ['county', 'township'] : ['county'],
      entrustedToTownship: dept !== 'XZ' && rand() < 0.1,
      responsibilities: stages.map((stage) => ({ stage, text: `${pick(['依法', '按照规定', '严格'])}履行${stage === 'filing' ? '立案（受理）' : '本环节'}职责，做到程序合法、事实清楚。` })),
      accountability: [
        { text: '不履行或者不正确履行职责，造成不良后果的', basis: '《中华人民共和国公务员法》第五十九条' },
        ...(category === 'penalty' ? [{ text: '违反法定的行政处罚程序的', basis: '《中华人民共和国行政处罚法》第七十六条' }] : []),
      ],
      steps: steps.map((title, i) => ({ title, ...(i === 1 ? { timeLimit: `${int(3, 15)}个工作日` } : {}) })),
      supervisionPhone: `0300-66${pad(int(10000, 99999), 5)}`,
      status: rand() < 0.95 ? 'valid' : 'adjusted',
      updatedAt: `202${int(4, 6)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`,
    };
    if (rand() < 0.08) item.subItems = Array.from({ length: int(2, 5) }, (_, i) => ({ code: `${item.code}-${pad(i + 1, 2)}`, name: `${name}（情形${chineseNumber(i + 1)}）` }));
    if (category === 'penalty' && rand() < 0.3) item.riskPoints = ['自由裁量权使用不当', '选择性执法'];
    return item;
  });
}

function main(argv) {
  let out;
  let count = 10000;
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--count') count = Number(argv[++i]);
    else if (argv[i] === '--seed') seed = Number(argv[++i]);
    else out = argv[i];
  }
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('usage: node bench/gen-power-list.mjs [out.json] [--count N] [--seed S]');
    process.exit(2);
  }
  const json = JSON.stringify(generatePowerList({ count, seed }));
  if (out) {
    writeFileSync(out, json);
    console.error(`wrote ${count} items to ${out} (${(json.length / 1024 / 1024).toFixed(1)} MB)`);
  } else {
    process.stdout.write(json);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
