import { onLocale, type Catalogue } from '@fazhi/core';

/** Texts of the two village-rule elements; the red-flag texts themselves are data (core's RED_FLAGS). */
const zhCN = {
  adviceSummary: '预审提示：这一条可能有 {count} 处不合法的表述（{titles}），请看下面的说明。提示只供参考，不影响提交。',
  adviceMatch: '涉及表述：“{match}”',
  adviceBasis: '法律依据：',
  levelHigh: '很可能违法',
  levelMedium: '建议核实',
  noFlags: '自动预审没有发现常见问题。',
  articleHeading: '第 {no} 条',
  opinionLegend: '对第 {no} 条的审查意见',
  opinionNone: '暂不提出意见',
  opinionsHint: '逐条阅读条款。标有预审提示的条款请给出意见；选择“建议修改”或“应当删除”时写明理由和法律依据。预审提示只是参考，由您判断。',
  opinionsFlagged: '自动预审发现 {count} 条可能有问题：{list}。',
  opinionsClean: '自动预审没有发现常见问题。',
  yes: '符合',
  no: '不符合',
  recordTitle: '报送的村规民约',
  recordReceipt: '回执编号',
  recordReceived: '报送时间',
  recordVillage: '村（社区）',
  recordTownship: '所属乡镇（街道）',
  recordDocType: '文件类型',
  recordTitleField: '文件名称',
  recordAction: '制定或修订',
  recordPrevious: '原文件',
  recordOpinions: '征集民意',
  recordOpinionsValue: '{from} 至 {to}，{methods}{count}',
  recordOpinionsCount: '，收到意见建议 {count} 条',
  recordDrafting: '起草和初审',
  recordAdviser: '，法律顾问{name}初审',
  recordMeeting: '审议表决会议',
  recordMeetingValue: '{kind}，{date}',
  recordVotes: '人数和票数',
  recordVotesValue: '应到 {entitled}，实到 {present}（其中妇女 {women}），赞成 {inFavour}，反对 {against}，弃权 {abstain}',
  recordAuthorization: '村民会议授权',
  recordAttachments: '附件',
  recordArticles: '条款数',
  recordArticlesValue: '共 {count} 条',
  recordReviews: '已有审查意见',
  recordExample: '演示数据：还没有收到真实报送，下面是模式中的示例村规民约。示例不能提交审查意见。',
  notGiven: '未填写',
  loadingRecord: '正在加载要审查的村规民约…',
  recordFailed: '没有加载到要审查的村规民约，请刷新页面重试。',
  recordMissing: '没有找到要审查的村规民约，请核对链接中的回执编号。',
  recordAuth: '请先登录后再查看要审查的村规民约。',
  reviewReceiptNote: '审查意见已保存，并与回执编号为 {receiptNo} 的备案申请关联。请将审查意见反馈村（居）民委员会；需要修改的，按意见修改后再提交表决和备案。',
};

export type VillageMessageKey = keyof typeof zhCN;

export const villageMessages: Catalogue<VillageMessageKey> = { 'zh-CN': zhCN };

onLocale('en', () => import('./messages.en.js'));
