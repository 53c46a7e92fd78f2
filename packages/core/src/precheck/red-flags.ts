/**
 * Wording in village rules and residents' conventions (村规民约/居民公约) that commonly breaks the
 * law, as data: a province adds, replaces (same `id`) or switches off (`off: true`) entries without
 * touching code. Patterns are regular-expression sources, matched against the article with spaces
 * removed and full-width letters and digits made half-width. A match is advice for the clerk and
 * the reviewer, never a verdict: a person decides.
 *
 * Legal bases name an article number only where the statute text was checked; elsewhere they name
 * the law and what it says.
 */

/** `high`: wording that is almost always unlawful; `medium`: wording a reviewer should look at. */
export type RedFlagLevel = 'high' | 'medium';

export interface RedFlagPattern {
  /** Stable id; a province's entry with the same id replaces the built-in one. */
  id: string;
  /** Regular-expression source (no slashes, no flags). */
  pattern: string;
  /** Regular-expression source: the article is not flagged when this also matches (e.g. 邪教). */
  unless?: string;
  /** A short name for the problem, shown as the flag's heading. */
  title: string;
  /** Plain Chinese: why this wording is a problem and what to write instead. */
  explanation: string;
  /** The legal basis, as a reviewer would cite it. */
  basis: string;
  level?: RedFlagLevel;
  /** The review schema's `articleOpinions/issue` code, to pre-fill a reviewer's opinion. */
  issue?: string;
}

/** A province's entry: a new or replacing pattern, or `{ id, off: true }` to drop a built-in one. */
export type RedFlagOverride = RedFlagPattern | { id: string; off: true };

const ORGANIC_LAW = '《中华人民共和国村民委员会组织法》第二十七条';
const GUIDANCE = '民政部等七部门《关于做好村规民约和居民公约工作的指导意见》';

export const RED_FLAGS: readonly RedFlagPattern[] = [
  {
    id: 'penalty',
    pattern: '罚款|罚金|处以.{0,6}\\d+元|违约金|扣(发|除|减).{0,4}(分红|补贴|福利|收益)',
    unless: '(不得|不能|禁止|严禁|不准)(设定|设置|擅自|以任何理由|对村民|对居民|对群众|向村民|向居民)?(罚款|罚金)',
    title: '设定罚款等处罚',
    explanation:
      '村规民约不能设定罚款、罚金、违约金，也不能扣发村民的分红、补贴作为惩罚。罚款只能由有法定权限的行政机关依法作出。对违反村规民约的，可以批评教育、劝导改正，违法的报请有关部门依法处理。',
    basis: `${ORGANIC_LAW}（不得侵犯村民的合法财产权利）；《中华人民共和国行政处罚法》（行政处罚由法律、法规、规章设定，由有处罚权的行政机关实施）；${GUIDANCE}（不得滥用强制处罚）`,
    level: 'high',
    issue: 'penalty',
  },
  {
    id: 'women',
    pattern:
      '(外嫁|出嫁|嫁出|离婚|丧偶|招婿|入赘|上门).{0,12}(不得|取消|不再?享受|不再?分配|不予|收回|迁出|无权|停止|减半)',
    title: '侵害出嫁、离婚、丧偶妇女的权益',
    explanation:
      '不能因为妇女结婚、离婚、丧偶，或者招婿、入赘，就取消、减少她们及其子女、丈夫在土地承包、集体收益分配、宅基地、征地补偿等方面的权利。出嫁女与其他村民平等享有这些权利。',
    basis: `${ORGANIC_LAW}；《中华人民共和国妇女权益保障法》（2022年修订，农村妇女在集体经济组织成员身份、土地承包、收益分配、宅基地等方面与男子平等）；《中华人民共和国农村土地承包法》；${GUIDANCE}`,
    level: 'high',
    issue: 'women',
  },
  {
    id: 'gender',
    pattern: '户无男性|按男丁|男丁|男性人口|纯女户|无儿户',
    title: '按性别区别对待',
    explanation: '不能按男丁、男性人口分配，也不能因为家里没有男性而少分、不分。分配应当男女平等。',
    basis: '《中华人民共和国妇女权益保障法》（2022年修订，村规民约不得以户内无男性等为由侵害妇女权益）；《中华人民共和国宪法》第四十八条（妇女在各方面享有同男子平等的权利）',
    level: 'high',
    issue: 'gender',
  },
  {
    id: 'residence',
    pattern: '开除(村籍|户籍|出村)|驱逐|赶出(本村|村子|社区)|不准(在本村)?(居住|落户|入户)|注销(其)?户口|责令迁出',
    title: '开除村籍、驱逐、不准落户',
    explanation: '户口登记由公安机关依法办理，村（居）委员会不能开除村籍、驱逐村民，也不能不准村民居住、落户。',
    basis: `${ORGANIC_LAW}（不得侵犯村民的人身权利、民主权利）；《中华人民共和国户口登记条例》（户口登记由公安机关主管）`,
    level: 'high',
    issue: 'residence',
  },
  {
    id: 'services',
    pattern: '停水|停电|断水|断电|不予(办理|出具|开具)(任何)?(证明|手续)|不予盖章|不给(办理|开具|盖章)',
    title: '停水停电、不予办理证明',
    explanation: '村（居）委员会没有停水停电、拒开证明的处罚权。用水用电和依法应当出具的证明，不能作为惩罚手段。',
    basis: `${ORGANIC_LAW}（不得侵犯村民的合法财产权利和其他合法权益）；${GUIDANCE}（不得滥用强制处罚）`,
    level: 'high',
    issue: 'services',
  },
  {
    id: 'shaming',
    pattern: '游街|示众|挂牌|曝光.{0,6}(姓名|照片|名单|身份)|(张榜|公开|公示|广播|通报).{0,4}(批评|检讨)|黑名单',
    title: '游街示众、公开批评个人',
    explanation: '不能用游街、示众、张榜点名批评、公开姓名照片等方式羞辱个人。可以开展正面宣传教育，或者一对一批评教育。',
    basis: '《中华人民共和国民法典》人格权编（名誉权、隐私权和个人信息受保护）；《中华人民共和国个人信息保护法》',
    level: 'high',
    issue: 'shaming',
  },
  {
    id: 'detention',
    pattern: '关押|拘禁|禁闭|强制劳动|罚(做|干)?(义务工|劳动)|限制(其)?人身自由',
    title: '关押、强制劳动',
    explanation: '任何组织都不能非法关押、拘禁村民或者强迫劳动。限制人身自由只能由国家机关依照法律进行。',
    basis: '《中华人民共和国宪法》第三十七条（公民的人身自由不受侵犯）',
    level: 'high',
    issue: 'liberty',
  },
  {
    id: 'confiscation',
    pattern: '没收|扣押|扣留.{0,4}(身份证|证件|财物|物品)|押(身份证|证件|户口本)',
    title: '没收、扣押财物或证件',
    explanation: '没收、扣押是法律规定的行政处罚和行政强制措施，村（居）委员会无权实施；任何组织都不能扣押居民身份证。',
    basis: `${ORGANIC_LAW}（不得侵犯村民的合法财产权利）；《中华人民共和国行政强制法》；《中华人民共和国居民身份证法》（任何组织或者个人不得扣押居民身份证）`,
    level: 'high',
    issue: 'liberty',
  },
  {
    id: 'election',
    pattern: '(取消|剥夺|停止|不得|不准|不允许|不能).{0,6}(选举权|被选举权|村民代表|参加选举|参与选举|投票)',
    title: '剥夺选举权和被选举权',
    explanation: '年满十八周岁的村民，除依法被剥夺政治权利的以外，都有选举权和被选举权，村规民约不能取消或者限制。',
    basis: '《中华人民共和国村民委员会组织法》第十三条',
    level: 'high',
    issue: 'election',
  },
  {
    id: 'collective-punishment',
    pattern:
      '(子女|家属|亲属|家人|全家|全户|家庭成员).{0,8}(不得|不予|取消|不能|不准).{0,6}(上学|入学|参军|入伍|政审|就业|招工|享受)|连坐|株连|一人违[反规].{0,8}全(家|户)',
    title: '株连、连坐亲属',
    explanation: '一个人违反村规民约，不能牵连他的子女、家属，更不能影响亲属上学、参军、就业。',
    basis: '《中华人民共和国宪法》（公民的受教育权、劳动权）；《中华人民共和国兵役法》；责任自负，不得株连',
    level: 'high',
    issue: 'collective-punishment',
  },
  {
    id: 'marriage',
    pattern:
      '(外省|外地|外村|外乡|外国|外籍).{0,6}(结婚|通婚|嫁|娶).{0,8}(交|缴|罚|不得|不准|押金|保证金)|未婚同居.{0,8}(交|缴|罚)|(不准|不得|禁止|不允许)(其)?(结婚|离婚|再婚|改嫁)',
    title: '干涉婚姻自由',
    explanation: '结婚、离婚、再婚由当事人自己决定，不能因为与外地人结婚、未婚同居等收费、罚款或者设限。可以倡导移风易俗，但不能强制。',
    basis: '《中华人民共和国民法典》第一千零四十一条、第一千零四十二条（实行婚姻自由，禁止干涉婚姻自由）',
    level: 'high',
    issue: 'marriage',
  },
  {
    id: 'family-planning',
    pattern: '社会抚养费|超生.{0,6}(罚|交|缴|取消|不予)|计划外生育.{0,6}(罚|交|缴)|上环|结扎',
    title: '社会抚养费、超生处罚',
    explanation: '社会抚养费已经取消，村规民约不能对生育设定收费或者处罚，也不能要求采取上环、结扎等措施。',
    basis: '《中华人民共和国人口与计划生育法》（2021年修改，取消社会抚养费）；《中华人民共和国民法典》人格权编（身体权）',
    level: 'high',
    issue: 'family-planning',
  },
  {
    id: 'petition',
    pattern: '(不得|不准|禁止|严禁)(越级)?上访|上访.{0,8}(罚|取消|扣|不予)|越级上访',
    title: '限制信访',
    explanation: '村民依法信访受法律保护，不能禁止上访，也不能因为上访扣钱、取消待遇。可以引导村民依法、有序反映诉求。',
    basis: '《信访工作条例》（保护信访人的合法权益，不得打击报复信访人）',
    level: 'medium',
    issue: 'petition',
  },
  {
    id: 'litigation',
    pattern: '(不得|不准|禁止)(向法院)?(起诉|诉讼|打官司|报警)|纠纷.{0,6}(必须|须|应当)先.{0,6}(村|组|调解)|不出(村|组)',
    title: '限制起诉、强制先行调解',
    explanation: '人民调解遵循自愿原则。可以倡导先调解，但不能要求村民必须先经村里调解，也不能阻止村民申请仲裁、行政处理或者向法院起诉。',
    basis: '《中华人民共和国人民调解法》（调解自愿，不得阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利）',
    level: 'medium',
    issue: 'litigation',
  },
  {
    id: 'religion',
    pattern: '(信教|宗教|信仰).{0,8}(不得|取消|不准|不予|禁止)',
    unless: '邪教',
    title: '限制宗教信仰自由',
    explanation: '公民有宗教信仰自由，不能因为信教取消待遇或者设限。可以依法规范宗教活动场所和活动，反对邪教。',
    basis: '《中华人民共和国宪法》第三十六条（公民有宗教信仰自由）',
    level: 'medium',
    issue: 'religion',
  },
  {
    id: 'membership',
    pattern: '(新生儿|新生|婚入|嫁入|迁入|入户|落户).{0,10}满\\d+年.{0,6}(方可|才|后).{0,6}(享受|分配|分红)',
    title: '集体经济组织成员资格限制',
    explanation: '集体经济组织成员的身份按法律规定确认，不能用入户满几年才能分配等条件限制新生儿、婚入人员的权利。',
    basis: '《中华人民共和国农村集体经济组织法》（成员身份的确认）；《中华人民共和国妇女权益保障法》（2022年修订）',
    level: 'medium',
    issue: 'membership',
  },
];
