import type { EnforcementData } from './types.js';

/** The date the fixtures are read on (their publication periods are set around it). */
export const TODAY = '2026-11-24';

// Synthetic people (domain.md §9): valid identity numbers, never real persons.
export const PERSON = {
  name: '王小测',
  id: '34052419800101001X',
  mobile: '13812345678',
  landline: '0564-6023456',
  address: '某某县城关镇测试路8号',
};
export const ORG = { name: '某某县测试食品有限公司', uscc: '91350100M000100Y43', legalRep: '测试丁' };
export const XSS = '<img src=x onerror="window.__fzXss=1"><script>window.__fzXss=2</script>';

export function fixtureData(): EnforcementData {
  return {
    bodies: [
      { name: '某某县市场监督管理局', type: 'administrative-organ', uscc: '11340524MB00012341', scope: '市场监管', phone: '0564-6012345', address: '某某县城关镇测试路1号' },
      { name: '某某县综合行政执法局', type: 'administrative-organ', scope: `城市管理${XSS}`, phone: '0564-6012346' },
      { name: '某某县城关镇综合执法队', type: 'entrusted-org', entrustedBy: '某某县综合行政执法局', scope: '占道经营' },
    ],
    officers: [
      { name: '测试甲', certNo: '34052400101', agency: '某某县市场监督管理局', fields: ['市场监管'], region: '340524', validUntil: '2028-12-31', status: 'valid' },
      { name: '测试乙', certNo: '34052400102', agency: '某某县市场监督管理局', fields: ['市场监管', '食品安全'], validUntil: '2026-06-30', status: 'valid' },
      { name: '欧阳测试', certNo: '34052400201', agency: '某某县综合行政执法局', fields: ['城市管理'], validUntil: '2029-03-31', idNumber: '513101198201130014' },
    ],
    matters: [
      {
        code: '340524-CF-0001', name: '对经营超过保质期的食品的处罚', category: 'penalty', body: '某某县市场监督管理局',
        basis: [{ lawName: '《中华人民共和国食品安全法》', article: '第一百二十四条' }], procedureUrl: 'javascript:window.__fzXss=3',
        remedy: '可在60日内申请行政复议。',
      },
      { code: '340524-JC-0001', name: '对食品生产经营者的监督检查', category: 'inspection', body: '某某县市场监督管理局', basis: [{ lawName: '《中华人民共和国食品安全法》', article: '第一百一十条' }], procedureUrl: 'https://example.gov.cn/lc.html' },
      { code: '340524-CF-0101', name: '对擅自占用城市道路的处罚', category: 'penalty', body: '某某县综合行政执法局', basis: ['《城市道路管理条例》第四十二条'] },
    ],
    decisions: [
      {
        id: 'D1', docNo: '某市监罚〔2026〕1号', caseName: `${PERSON.name}无照经营案`, partyType: 'natural-person', partyName: PERSON.name,
        partyIdNumber: PERSON.id, partyMinor: false, partyAddress: PERSON.address, violation: '无照经营',
        facts: `当事人${PERSON.name}（身份证号${PERSON.id}，电话${PERSON.mobile}，座机${PERSON.landline}）住址：${PERSON.address}，在测试路无照销售农药。${PERSON.name}承认。`,
        basis: '《无证无照经营查处办法》第十三条', penaltyTypes: ['fine'], penaltyContent: '罚款2000元。', fineAmount: 2000,
        decidedAt: '2026-03-10', publishedAt: '2026-03-15', publicUntil: '2028-03-15', agency: '某某县市场监督管理局', status: 'valid',
      },
      {
        id: 'D2', docNo: '某市监罚〔2026〕2号', caseName: `${ORG.name}销售过期食品案`, partyType: 'legal-entity', partyName: ORG.name,
        partyUscc: ORG.uscc, legalRep: ORG.legalRep, violation: '销售过期食品', facts: `${ORG.name}销售过期食品，货值金额8600元。`,
        basis: '《中华人民共和国食品安全法》第一百二十四条', penaltyTypes: ['fine', 'confiscate-property'], penaltyContent: '罚款50000元。',
        fineAmount: 50000, decidedAt: '2026-03-20', publishedAt: '2026-03-25', publicUntil: '2031-03-25', agency: '某某县市场监督管理局', status: 'valid',
      },
      {
        id: 'D3', docNo: '某综执罚〔2026〕3号', caseName: '某某县测试水果店占道经营案', partyType: 'individual-business', partyName: '某某县测试水果店',
        partyUscc: '92340524MA2U00022X', legalRep: '冯测试', violation: '擅自占用城市道路', facts: '经营者冯测试在店外占道经营。',
        basis: '《城市道路管理条例》第四十二条', penaltyTypes: ['fine'], penaltyContent: '罚款500元。', fineAmount: 500,
        decidedAt: '2026-05-06', publishedAt: '2026-05-08', publicUntil: '2031-05-08', agency: '某某县综合行政执法局', status: 'valid',
      },
      {
        id: 'D4', docNo: '某综执罚〔2026〕4号', caseName: `乱张贴案${XSS}`, partyType: 'legal-entity', partyName: `某某县测试广告有限公司${XSS}`,
        partyUscc: '91340524MA2T00055X', legalRep: '测试辛', violation: '在街道两侧乱张贴', facts: `张贴内容为${XSS}`,
        basis: '《城市市容和环境卫生管理条例》第三十四条', penaltyTypes: ['warning'], penaltyContent: '警告。',
        decidedAt: '2026-07-01', publishedAt: '2026-07-03', publicUntil: '2031-07-03', agency: '某某县综合行政执法局', status: 'valid',
      },
      // Never shown: revoked, past its period, a minor's (by ID number), a minor's (by flag).
      {
        id: 'D5', docNo: '某市监罚〔2026〕5号', caseName: '已撤销案', partyType: 'legal-entity', partyName: '某某县撤销测试有限公司',
        partyUscc: '91340524MA2T00066X', legalRep: '测试壬', violation: '虚假宣传', penaltyTypes: ['fine'], fineAmount: 1000,
        decidedAt: '2026-04-01', publishedAt: '2026-04-03', publicUntil: '2031-04-03', agency: '某某县市场监督管理局', status: 'revoked',
      },
      {
        id: 'D6', docNo: '某市监罚〔2024〕6号', caseName: '过期公示案', partyType: 'natural-person', partyName: '过期测试', partyMinor: false,
        violation: '无照经营', penaltyTypes: ['fine'], fineAmount: 300,
        decidedAt: '2024-03-02', publishedAt: '2024-03-08', publicUntil: '2026-03-08', agency: '某某县市场监督管理局', status: 'valid',
      },
      {
        id: 'D7', docNo: '某综执罚〔2026〕7号', caseName: '未成年人案', partyType: 'natural-person', partyName: '少年测试',
        partyIdNumber: '110105201001010010', partyMinor: false, violation: '擅自占用城市道路', penaltyTypes: ['fine'], fineAmount: 200,
        decidedAt: '2026-06-01', publishedAt: '2026-06-03', publicUntil: '2028-06-03', agency: '某某县综合行政执法局', status: 'valid',
      },
      {
        id: 'D8', docNo: '某综执罚〔2026〕8号', caseName: '未成年人标记案', partyType: 'natural-person', partyName: '少女测试', partyMinor: true,
        violation: '擅自占用城市道路', penaltyTypes: ['fine'], fineAmount: 200,
        decidedAt: '2026-06-02', publishedAt: '2026-06-04', publicUntil: '2028-06-04', agency: '某某县综合行政执法局', status: 'valid',
      },
    ],
  };
}

/** Doc numbers of the decisions that may be shown on TODAY. */
export const PUBLIC_DOC_NOS = ['某市监罚〔2026〕1号', '某市监罚〔2026〕2号', '某综执罚〔2026〕3号', '某综执罚〔2026〕4号'];
export const HIDDEN_DOC_NOS = ['某市监罚〔2026〕5号', '某市监罚〔2024〕6号', '某综执罚〔2026〕7号', '某综执罚〔2026〕8号'];

/** Everything a page could show: text, attribute values, and the values of form controls. */
export function everythingShown(root: ParentNode & Node): string {
  const parts: string[] = [root.textContent ?? ''];
  const all = (root as ParentNode).querySelectorAll('*');
  for (const el of all) {
    for (const attr of el.getAttributeNames()) parts.push(el.getAttribute(attr) ?? '');
    if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
  }
  return parts.join('\n');
}
