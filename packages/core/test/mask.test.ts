import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_MASK_RULES,
  isPublishable,
  maskAddress,
  maskBankAccount,
  maskEmail,
  maskFreeText,
  maskIdNumber,
  maskName,
  maskPhone,
  maskPlate,
  maskRecord,
  publicDecision,
  resolveMaskRules,
  splitAddress,
  tightenRules,
  unpublishableReason,
} from '../src/mask/index.js';
import type { SchemaObject } from '../src/types.js';
import { builtinShared } from '../src/schema/builtin.js';
import decisionSchema from '@fazhi/schemas/enforcement-decision.schema.json';
import officerSchema from '@fazhi/schemas/enforcement-officer.schema.json';
import bodySchema from '@fazhi/schemas/enforcement-body.schema.json';

// Synthetic identity numbers (domain.md §9); the check characters are correct unless said otherwise.
const ID_ADULT = '34052419800101001X';
const ID_ADULT_2 = '513101198201130014';
const ID_CHILD_2010 = '110105201001010010'; // born 2010-01-01
const ID_BORN_2008_02_29 = '330106200802290019';

describe('maskName', () => {
  it('keeps the surname and replaces the given name by 某 or 某某 as configured', () => {
    assert.equal(maskName('张三', 'mou'), '张某');
    assert.equal(maskName('张三', 'moumou'), '张某某');
    assert.equal(maskName('张三丰', 'mou'), '张某');
    assert.equal(maskName('王小测'), '王某');
  });
  it('keeps both characters of a compound surname when the name is long enough to have one', () => {
    assert.equal(maskName('欧阳测试', 'mou'), '欧阳某');
    assert.equal(maskName('司马光', 'moumou'), '司马某某');
    assert.equal(maskName('诸葛亮'), '诸葛某');
    assert.equal(maskName('上官婉儿'), '上官某');
    // Two characters: surname 欧, given name 阳.
    assert.equal(maskName('欧阳'), '欧某');
  });
  it('keeps only the first character of minority and transliterated names', () => {
    assert.equal(maskName('阿依古丽·测试'), '阿某');
    assert.equal(maskName('买买提・测试', 'moumou'), '买某某');
  });
  it('is stable on names that are already masked, and empty on empty input', () => {
    assert.equal(maskName('张某'), '张某');
    assert.equal(maskName(maskName('欧阳测试', 'moumou'), 'moumou'), '欧阳某某');
    assert.equal(maskName('  '), '');
  });
});

describe('maskPhone', () => {
  it('masks mobiles as 138****5678, with or without separators, prefix or full-width digits', () => {
    assert.equal(maskPhone('13812345678'), '138****5678');
    assert.equal(maskPhone('138 1234 5678'), '138****5678');
    assert.equal(maskPhone('+86 138-1234-5678'), '+86 138****5678');
    assert.equal(maskPhone('１３８１２３４５６７８'), '138****5678');
  });
  it('masks landlines keeping the area code and the last four digits', () => {
    assert.equal(maskPhone('0571-87654321'), '0571-****4321');
    assert.equal(maskPhone('(010)12345678'), '010-****5678');
    assert.equal(maskPhone('010-12345678-123'), '010-****5678');
    assert.equal(maskPhone('02112345678'), '021-****5678');
  });
  it('keeps only the last four digits of anything else', () => {
    assert.equal(maskPhone('87654321'), '****4321');
    assert.equal(maskPhone('123'), '****');
  });
});

describe('identity numbers, accounts, plates, e-mail', () => {
  it('omits identity numbers entirely', () => {
    assert.equal(maskIdNumber(ID_ADULT), '（已隐去）');
    assert.equal(maskIdNumber(ID_ADULT, '〔不予公开〕'), '〔不予公开〕');
  });
  it('keeps the last four digits of a bank account', () => {
    assert.equal(maskBankAccount('6222 0212 3456 7890 123'), '****0123');
    assert.equal(maskBankAccount('123'), '****');
  });
  it('shows a plate as 浙A·1****', () => {
    assert.equal(maskPlate('浙A12345'), '浙A·1****');
    assert.equal(maskPlate('浙A·D12345'), '浙A·D*****');
    assert.equal(maskPlate('粤B1234学'), '粤B·1****');
    assert.equal(maskPlate('not a plate'), '****');
  });
  it('masks e-mail addresses', () => {
    assert.equal(maskEmail('wang.test@example.com'), 'w***@example.com');
  });
});

describe('maskAddress', () => {
  it('keeps province, prefecture and county and drops everything below', () => {
    assert.equal(maskAddress('浙江省杭州市西湖区文三路90号'), '浙江省杭州市西湖区');
    assert.equal(maskAddress('北京市朝阳区建国路88号院3号楼501室'), '北京市朝阳区');
    assert.equal(maskAddress('浙江省嘉兴市海宁市海洲街道工人路1号'), '浙江省嘉兴市海宁市');
    assert.equal(maskAddress('内蒙古自治区呼和浩特市新城区某某路2号'), '内蒙古自治区呼和浩特市新城区');
    assert.equal(maskAddress('吉林省延边朝鲜族自治州延吉市河南街道'), '吉林省延边朝鲜族自治州延吉市');
    assert.equal(maskAddress('湖北省神农架林区松柏镇'), '湖北省神农架林区');
    assert.equal(maskAddress('山东省济南市市中区英雄山路1号'), '山东省济南市市中区');
    assert.equal(maskAddress('江苏省镇江市京口区'), '江苏省镇江市京口区');
    assert.equal(maskAddress('某县城关镇幸福村3组'), '某县');
  });
  it('never keeps a street, village or house number even without a county', () => {
    assert.equal(maskAddress('杭州市文三路市民中心'), '杭州市');
    assert.equal(maskAddress('杭州市某小区5幢'), '杭州市');
    assert.equal(maskAddress('幸福村3组12号'), '（已隐去）');
  });
  it('keeps less at a stricter level', () => {
    assert.equal(maskAddress('浙江省杭州市西湖区文三路90号', 'city'), '浙江省杭州市');
    assert.equal(maskAddress('浙江省杭州市西湖区文三路90号', 'province'), '浙江省');
    assert.equal(maskAddress('浙江省杭州市西湖区文三路90号', 'omit'), '（已隐去）');
    assert.deepEqual(splitAddress('浙江省杭州市西湖区文三路90号'), { province: '浙江省', city: '杭州市', county: '西湖区' });
  });
});

describe('maskFreeText', () => {
  const clean = (out: string, ...secrets: string[]) => {
    for (const s of secrets) assert.ok(!out.includes(s), `"${s}" is still visible in: ${out}`);
  };

  it('removes identity numbers found mid-sentence, in every way people write them', () => {
    const cases = [
      `当事人王小测（身份证号${ID_ADULT}）于2026年1月5日`,
      `当事人身份证号码为${ID_ADULT.toLowerCase()}，经查`,
      `身份证号：３４０５２４１９８００１０１００１Ｘ。`,
      `身份证号 340524 19800101 001X，住`,
      `证件号3405-2419-8001-0100-1X；`,
      `号码${ID_ADULT_2}经营`,
      // Wrong check character: still somebody's number.
      `号码340524198001010018，`,
      // First-generation 15-digit number.
      `旧身份证号340524800101001。`,
    ];
    for (const text of cases) {
      const out = maskFreeText(text);
      assert.ok(out.includes('（已隐去）'), out);
      clean(out, '19800101', '1980 0101', '800101', '2419', '198201');
    }
  });

  it('masks mobile and fixed-line numbers mid-sentence, full-width ones too', () => {
    const out = maskFreeText('联系电话13812345678，另有１３９１２３４５６７８和138-1234-5678，座机0571-87654321，传真（0571）87654322，电话87654323。');
    assert.equal(
      out,
      '联系电话138****5678，另有139****5678和138****5678，座机0571-****4321，传真0571-****4322，电话****4323。',
    );
  });

  it('finds short labelled numbers and spaced-out numbers too', () => {
    assert.equal(maskFreeText('电话876-5432。'), '电话****5432。');
    assert.equal(maskFreeText('手机 138 1234 5678'), '手机 138****5678');
    assert.equal(maskFreeText('卡号 6222 0212 3456 7890 123'), '卡号 ****0123');
  });

  it('leaves service numbers and hotlines readable', () => {
    const text = '可拨打12345政务服务热线或12348法律服务热线，客服电话400-123-4567。';
    assert.equal(maskFreeText(text), text);
  });

  it('masks bank cards, plates, e-mail and birth dates', () => {
    const out = maskFreeText('转入账户6222021234567890123，驾驶浙A12345号小型轿车，邮箱wang.test@example.com，1980年1月1日出生。');
    assert.equal(out, '转入账户****0123，驾驶浙A·1****号小型轿车，邮箱w***@example.com，（已隐去）出生。');
  });

  it('cuts addresses after 住址 and the like to the county', () => {
    const out = maskFreeText('王小测，男，住址：浙江省杭州市西湖区文三路90号3幢501室，现住杭州市滨江区江南大道1号。');
    assert.equal(out, '王小测，男，住址：浙江省杭州市西湖区，现住杭州市滨江区。');
  });

  it("masks the party's own name (and other given names) wherever it occurs", () => {
    const out = maskFreeText('当事人张三丰在店内销售过期食品，张三丰承认；证人欧阳测试在场。', { names: ['张三丰', '欧阳测试'] });
    assert.equal(out, '当事人张某在店内销售过期食品，张某承认；证人欧阳某在场。');
    const moumou = maskFreeText('张三丰承认', { names: ['张三丰'], rules: resolveMaskRules({ name: 'moumou' }) });
    assert.equal(moumou, '张某某承认');
  });

  it('never touches document numbers, amounts, dates or organisations\' credit codes', () => {
    const texts = [
      '依据X市监罚〔2026〕12号行政处罚决定书，罚款人民币5000元，没收违法所得12,345.67元。',
      '决定书文号：杭西市监处罚[2026]00123号，决定日期2026-01-05，于2026年3月5日送达。',
      '罚款10000000元；处罚金额100000.00元；第3条第2款。',
      '当事人统一社会信用代码91350100M000100Y43，住所地位于某县。',
      '统一社会信用代码123301000024987652、113300000024821005。',
      '依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项。',
    ];
    for (const text of texts) assert.equal(maskFreeText(text), text);
  });

  it('keeps credit codes that fail their checksum after a 信用代码 label, but never an identity number', () => {
    assert.equal(maskFreeText('信用代码91350100M0001TGQXM'), '信用代码91350100M0001TGQXM');
    assert.equal(maskFreeText('社会信用代码：123301000024987653'), '社会信用代码：123301000024987653');
    assert.equal(maskFreeText('账号123301000024987653'), '账号****7653');
    assert.equal(maskFreeText(`信用代码${ID_ADULT}`), '信用代码（已隐去）');
  });

  it('applies omission rules a portal chose', () => {
    const rules = resolveMaskRules({ phone: 'omit', bankAccount: 'omit', plate: 'omit', omittedText: '＊' });
    assert.equal(maskFreeText('电话13812345678，卡号6222021234567890123，车牌浙A12345', { rules }), '电话＊，卡号＊，车牌＊');
  });

  it('returns the text unchanged when there is nothing to mask, and copes with non-strings', () => {
    assert.equal(maskFreeText('当事人销售不合格产品。'), '当事人销售不合格产品。');
    assert.equal(maskFreeText(''), '');
    assert.equal(maskFreeText(undefined as unknown as string), '');
  });
});

describe('tightenRules', () => {
  it('lets a portal tighten every rule', () => {
    const rules = resolveMaskRules({
      name: 'omit', address: 'city', phone: 'omit', minorAge: 20, periodDays: { person: 365, other: 365 }, hideWarningOnly: true, extraNames: ['李四'],
    });
    assert.equal(rules.name, 'omit');
    assert.equal(rules.address, 'city');
    assert.equal(rules.phone, 'omit');
    assert.equal(rules.minorAge, 20);
    assert.deepEqual(rules.periodDays, { person: 365, other: 365 });
    assert.equal(rules.hideWarningOnly, true);
    assert.deepEqual(rules.extraNames, ['李四']);
  });
  it('never lets a portal loosen one', () => {
    const strict = tightenRules(DEFAULT_MASK_RULES, { name: 'omit', address: 'province' });
    const loosened = tightenRules(strict, {
      name: 'mou', address: 'county', minorAge: 14, periodDays: { person: 99999, other: 99999 }, hideWarningOnly: false,
      // Values outside the vocabulary are ignored.
      phone: 'clear' as never,
    });
    assert.equal(loosened.name, 'omit');
    assert.equal(loosened.address, 'province');
    assert.equal(loosened.minorAge, 18);
    assert.deepEqual(loosened.periodDays, DEFAULT_MASK_RULES.periodDays);
    assert.equal(loosened.phone, 'partial');
  });
  it('treats 张某 and 张某某 as equally strict, so either may be chosen', () => {
    assert.equal(resolveMaskRules({ name: 'moumou' }).name, 'moumou');
    assert.equal(tightenRules(resolveMaskRules({ name: 'moumou' }), { name: 'mou' }).name, 'mou');
  });
  it('does not change the frozen defaults', () => {
    resolveMaskRules({ extraNames: ['某人'] });
    assert.deepEqual(DEFAULT_MASK_RULES.extraNames, []);
  });
});

describe('isPublishable', () => {
  const base = {
    docNo: 'X市监罚〔2026〕12号', status: '有效', partyType: '自然人', partyName: '王小测',
    decidedAt: '2026-03-01', publishedAt: '2026-03-05', publicUntil: '2027-03-05',
  };
  const today = '2026-06-01';

  it('accepts a decision in force within its period', () => {
    assert.equal(isPublishable(base, today), true);
    assert.equal(isPublishable({ ...base, partyIdNumber: ID_ADULT }, today), true);
  });
  it('rejects decisions past their period, and those not yet published', () => {
    assert.equal(unpublishableReason({ ...base, publicUntil: '2026-05-31' }, today), 'expired');
    assert.equal(isPublishable({ ...base, publicUntil: '2026-06-01' }, today), true);
    assert.equal(unpublishableReason({ ...base, publishedAt: '2026-07-01', publicUntil: undefined }, today), 'not-yet');
  });
  it('applies the default period when a decision names none, and a portal\'s shorter one', () => {
    const noEnd = { ...base, publicUntil: undefined };
    assert.equal(isPublishable(noEnd, '2028-03-04'), true);
    assert.equal(unpublishableReason(noEnd, '2028-03-06'), 'expired');
    assert.equal(isPublishable({ ...noEnd, partyType: '法人及非法人组织', partyName: '杭州测试食品有限公司' }, '2030-01-01'), true);
    // A person typed as an organisation (a bare personal name) keeps a person's shorter period.
    assert.equal(unpublishableReason({ ...noEnd, partyType: '法人及非法人组织' }, '2030-01-01'), 'expired');
    assert.equal(unpublishableReason(base, '2026-09-10', resolveMaskRules({ periodDays: { person: 180, other: 180 } })), 'expired');
  });
  it('rejects revoked, changed, withdrawn and unknown statuses', () => {
    for (const status of ['已撤销', '撤销', '已变更', '已撤回', '确认违法', 'whatever']) {
      assert.equal(unpublishableReason({ ...base, status }, today), 'revoked', status);
    }
  });
  it('rejects decisions whose party was a minor on the decision date', () => {
    assert.equal(unpublishableReason({ ...base, partyIdNumber: ID_CHILD_2010 }, today), 'minor');
    assert.equal(unpublishableReason({ ...base, party: { idNumber: ID_CHILD_2010 } }, today), 'minor');
    assert.equal(unpublishableReason({ ...base, partyMinor: true }, today), 'minor');
    assert.equal(unpublishableReason({ ...base, partyBirthDate: '2010-05-05' }, today), 'minor');
    // 18 on the decision date itself is an adult (born 2008-02-29; 2026-03-01 is after the birthday).
    assert.equal(isPublishable({ ...base, partyIdNumber: ID_BORN_2008_02_29 }, today), true);
    assert.equal(unpublishableReason({ ...base, decidedAt: '2026-02-27', publishedAt: '2026-03-02', partyIdNumber: ID_BORN_2008_02_29 }, today), 'minor');
  });
  it('hides 警告-only decisions when a portal asks', () => {
    const warning = { ...base, penaltyTypes: ['警告'] };
    assert.equal(isPublishable(warning, today), true);
    assert.equal(unpublishableReason(warning, today, resolveMaskRules({ hideWarningOnly: true })), 'warning-only');
    assert.equal(isPublishable({ ...warning, penaltyTypes: ['警告', '罚款'] }, today, resolveMaskRules({ hideWarningOnly: true })), true);
  });
  it('reads today in Asia/Shanghai', () => {
    const rec = { ...base, publicUntil: '2026-06-01' };
    // 2026-06-01T17:00Z is already 2 June in China.
    assert.equal(isPublishable(rec, new Date('2026-06-01T15:00:00Z')), true);
    assert.equal(isPublishable(rec, new Date('2026-06-01T17:00:00Z')), false);
  });
  it('fails closed on things that are not decisions', () => {
    assert.equal(isPublishable(null, today), false);
    assert.equal(isPublishable({ status: '有效' }, today), false);
  });
});

describe('maskRecord', () => {
  const schema: SchemaObject = {
    $id: 'https://example.test/decision.schema.json',
    type: 'object',
    properties: {
      docNo: { type: 'string', 'x-fz-public': true, 'x-fz-pii': 'none', 'x-fz-mask': 'none' },
      partyType: { type: 'string', enum: ['自然人', '个体工商户', '法人及非法人组织'], 'x-fz-public': true },
      partyName: { type: 'string', 'x-fz-public': true },
      partyUscc: { type: 'string', 'x-fz-public': true, 'x-fz-pii': 'none', 'x-fz-mask': 'none' },
      partyIdNumber: { type: 'string', 'x-fz-pii': 'sensitive' },
      partyPhone: { type: 'string', format: 'cn-mobile', 'x-fz-public': true, 'x-fz-pii': 'pi' },
      partyAddress: { type: 'string', 'x-fz-public': true, 'x-fz-pii': 'pi', 'x-fz-mask': 'address' },
      internalNote: { type: 'string' },
      facts: { type: 'string', 'x-fz-public': true },
      fineAmount: { type: 'number', 'x-fz-public': true },
      penaltyTypes: { type: 'array', items: { type: 'string' }, 'x-fz-public': true },
      hiddenList: { type: 'array', items: { type: 'string' } },
      officers: {
        type: 'array',
        items: { $ref: '#/$defs/officer' },
      },
    },
    $defs: {
      officer: {
        type: 'object',
        properties: {
          name: { type: 'string', 'x-fz-public': true, 'x-fz-pii': 'none' },
          certNo: { type: 'string', 'x-fz-public': true, 'x-fz-mask': 'none' },
          idNumber: { type: 'string', format: 'cn-id-card' },
        },
      },
    },
    if: { properties: { partyType: { const: '自然人' } }, required: ['partyType'] },
    then: { properties: { partyName: { 'x-fz-pii': 'pi', 'x-fz-mask': 'name' } } },
  };

  const person = {
    docNo: 'X市监罚〔2026〕12号',
    partyType: '自然人',
    partyName: '张三丰',
    partyIdNumber: ID_ADULT,
    partyPhone: '13812345678',
    partyAddress: '浙江省杭州市西湖区文三路90号',
    internalNote: '内部意见：从轻',
    facts: `张三丰（身份证号${ID_ADULT}，电话13812345678）销售过期食品，罚款5000元。`,
    fineAmount: 5000,
    penaltyTypes: ['罚款'],
    hiddenList: ['不公开'],
    officers: [{ name: '执法员甲', certNo: '33010012345678', idNumber: ID_ADULT_2 }],
    extra: 'not in the schema',
  };

  it("shows only public fields, masks a person's data in named fields and in the facts", () => {
    const out = maskRecord(person, schema);
    assert.deepEqual(out, {
      docNo: 'X市监罚〔2026〕12号',
      partyType: '自然人',
      partyName: '张某',
      partyPhone: '138****5678',
      partyAddress: '浙江省杭州市西湖区',
      facts: '张某（身份证号（已隐去），电话138****5678）销售过期食品，罚款5000元。',
      fineAmount: 5000,
      penaltyTypes: ['罚款'],
      officers: [{ name: '执法员甲', certNo: '33010012345678' }],
    });
    const text = JSON.stringify(out);
    for (const secret of [ID_ADULT, ID_ADULT_2, '张三丰', '13812345678', '文三路', '内部意见', '不公开', 'not in the schema']) {
      assert.ok(!text.includes(secret), secret);
    }
  });

  it("keeps an organisation's name and credit code", () => {
    const org = { ...person, partyType: '法人及非法人组织', partyName: '杭州测试食品有限公司', partyUscc: '91350100M000100Y43', facts: '杭州测试食品有限公司销售过期食品。' };
    const out = maskRecord(org, schema);
    assert.equal(out.partyName, '杭州测试食品有限公司');
    assert.equal(out.partyUscc, '91350100M000100Y43');
    assert.equal(out.facts, '杭州测试食品有限公司销售过期食品。');
  });

  it('applies the portal rules', () => {
    const out = maskRecord(person, schema, resolveMaskRules({ name: 'moumou', phone: 'omit', address: 'province' }));
    assert.equal(out.partyName, '张某某');
    assert.equal(out.partyPhone, '（已隐去）');
    assert.equal(out.partyAddress, '浙江省');
    assert.match(String(out.facts), /^张某某（/);
  });

  it('masks extra names from the caller and uses the validator\'s matcher when given one', () => {
    const out = maskRecord({ ...person, facts: '证人李测试在场' }, schema, DEFAULT_MASK_RULES, { names: ['李测试'] });
    assert.equal(out.facts, '证人李某在场');
    const org = { ...person, partyType: '法人及非法人组织', partyName: '杭州测试食品有限公司' };
    assert.equal(maskRecord(org, schema, DEFAULT_MASK_RULES, { matches: () => true }).partyName, '杭某');
  });
});

describe('maskRecord with the enforcement schemas', () => {
  const decision = decisionSchema as unknown as SchemaObject;
  const [orgExample, personExample] = (decision as { examples: Record<string, unknown>[] }).examples as [Record<string, unknown>, Record<string, unknown>];
  const mask = (record: unknown, schema: SchemaObject = decision) => maskRecord(record, schema, DEFAULT_MASK_RULES, { shared: builtinShared });

  it('masks a natural person: name, address, and the identity and phone numbers inside the facts', () => {
    const out = mask(personExample);
    assert.equal(out.partyName, '王某');
    assert.equal(out.partyAddress, '某某县');
    assert.equal(out.facts, '当事人王某（身份证号（已隐去），电话138****8000）在测试路无照销售农药。');
    assert.equal(out.caseName, '王某违规经营案');
    assert.equal('partyIdNumber' in out, false);
    assert.equal('partyMinor' in out, false);
    const text = JSON.stringify(out);
    for (const secret of ['王小测', '513101198201130014', '13800138000', '城关镇', '测试路8号']) assert.ok(!text.includes(secret), secret);
    assert.equal(out.docNo, personExample.docNo);
    assert.equal(out.fineAmount, 2000);
  });

  it("keeps an organisation's name, credit code and legal representative", () => {
    const out = mask(orgExample);
    assert.equal(out.partyName, '某某食品有限公司');
    assert.equal(out.partyUscc, '91350100M000100Y43');
    assert.equal(out.legalRep, '测试丁');
    assert.equal(out.facts, orgExample.facts);
    assert.deepEqual(out.penaltyTypes, ['fine', 'confiscate-gains']);
  });

  it("masks a sole trader's operator (经营者) wherever the name appears", () => {
    const out = mask({
      ...orgExample, partyType: 'individual-business', partyName: '某某县测试小吃店', legalRep: '李测试',
      facts: '经营者李测试在店内销售过期食品。',
    });
    assert.equal(out.partyName, '某某县测试小吃店');
    assert.equal(out.legalRep, '李某');
    assert.equal(out.facts, '经营者李某在店内销售过期食品。');
  });

  it("shows officers' names and certificate numbers, never their photos", () => {
    const officer = { name: '测试丙', certNo: '34052400123', agency: '某某县市场监督管理局', validUntil: '2028-12-31', photo: { id: 'p1', name: 'a.jpg', size: 1, type: 'image/jpeg' } };
    assert.deepEqual(mask(officer, officerSchema as unknown as SchemaObject), { name: '测试丙', certNo: '34052400123', agency: '某某县市场监督管理局', validUntil: '2028-12-31' });
  });

  it("keeps a body's switchboard and address as they are", () => {
    const body = (bodySchema as unknown as { examples: Record<string, unknown>[] }).examples[0]!;
    const out = mask(body, bodySchema as unknown as SchemaObject);
    assert.equal(out.phone, body.phone);
    assert.equal(out.address, body.address);
    assert.equal(out.uscc, body.uscc);
  });
});

describe('isPublishable with schema codes', () => {
  const today = '2026-06-01';
  const base = { docNo: 'X', status: 'valid', partyType: 'natural-person', decidedAt: '2026-03-01', publishedAt: '2026-03-05' };
  it('reads status and party type codes', () => {
    assert.equal(isPublishable(base, today), true);
    for (const status of ['changed', 'revoked', 'withdrawn']) assert.equal(unpublishableReason({ ...base, status }, today), 'revoked');
    assert.equal(unpublishableReason(base, '2028-03-06'), 'expired');
    assert.equal(isPublishable({ ...base, partyType: 'legal-entity' }, '2028-03-06'), true);
    assert.equal(unpublishableReason({ ...base, penaltyTypes: ['warning'] }, today, resolveMaskRules({ hideWarningOnly: true })), 'warning-only');
    assert.equal(unpublishableReason({ ...base, partyMinor: true }, today), 'minor');
  });
});

describe('publicDecision (one policy for the server list and the element)', () => {
  const facts = (name: string) => `当事人${name}（身份证号${ID_ADULT}，电话13800138000，住址浙江省杭州市西湖区文三路90号3幢201室）无照经营。`;
  const decision = (partyType: string | undefined, name: string, extra: Record<string, unknown> = {}) => ({
    docNo: '某市监罚〔2026〕12号',
    caseName: `${name}无照经营案`,
    ...(partyType === undefined ? {} : { partyType }),
    partyName: name,
    partyIdNumber: ID_ADULT,
    partyAddress: '浙江省杭州市西湖区文三路90号3幢201室',
    facts: facts(name),
    ...extra,
  });

  it('masks the party as a person when the feed writes 自然人, leaves the type out, or names a 个体工商户 by its owner', () => {
    const cases = [
      decision('自然人', '王小测'),
      decision(undefined, '李测明'),
      decision('individual-business', '赵测亮', { legalRep: '赵测亮', partyUscc: '92340524MA2U000111' }),
      decision('个体工商户', '孙测强', { legalRep: '孙测强' }),
    ];
    for (const raw of cases) {
      const out = publicDecision(raw)!;
      const text = JSON.stringify(out);
      const name = raw.partyName;
      assert.ok(!text.includes(name) && !text.includes(name.slice(1)), text);
      assert.equal(out.partyName, `${name[0]}某`);
      assert.equal(out.partyAddress, '浙江省杭州市西湖区');
      assert.doesNotMatch(text, /\d{17}[\dXx]|13800138000|文三路/);
      assert.ok(!('partyIdNumber' in out));
    }
  });

  it('keeps an organisation as it is, and a sole trader’s business name while masking its owner', () => {
    const company = publicDecision(decision('legal-entity', '某某食品有限公司', { legalRep: '测试丁', partyAddress: '某某县经济开发区测试路9号' }))!;
    assert.equal(company.partyName, '某某食品有限公司');
    assert.equal(company.legalRep, '测试丁');
    assert.equal(company.partyAddress, '某某县经济开发区测试路9号');
    const shop = publicDecision(decision('individual-business', '西湖区赵测亮小吃店', { legalRep: '赵测亮' }))!;
    assert.equal(shop.partyName, '西湖区赵某小吃店');
    assert.equal(shop.legalRep, '赵某');
    assert.equal(shop.partyAddress, '浙江省杭州市西湖区');
  });

  it('drops a record without a 文号 and anything not on its whitelist', () => {
    assert.equal(publicDecision({ partyName: '王小测' }), null);
    const out = publicDecision({ docNo: 'X罚〔2026〕1号', partyType: 'legal-entity', internalNote: '内部', fineAmount: Number.NaN })!;
    assert.deepEqual(Object.keys(out).sort(), ['docNo', 'partyType']);
  });
});
