import { expect } from '@open-wc/testing';
import { createChecker, legalAidApplicationSchema } from '@fazhi/core';
import {
  active,
  attach,
  choose,
  chooseRegion,
  continueOn,
  control,
  dayFromToday,
  field,
  fill,
  idCardFor,
  press,
  openForm,
  progress,
  root,
  stepTitle,
  stored,
  summary,
  tabTo,
  texts,
  tick,
  type,
  typeDate,
  uniqueTag,
} from '../../test/citizen.js';
import type { FzLegalAidForm } from './fz-legal-aid-form.js';

// Each path is walked by keyboard alone (Tab, Shift+Tab, typing, Space, arrow keys, Enter), as a
// citizen would, and submitted to the real reference server; the record it stored must pass the
// very check the schema defines.

const checker = createChecker(legalAidApplicationSchema);

async function axe(el: FzLegalAidForm) {
  await expect(el).to.be.accessible();
}

/** Step 2 (联系方式), the same for everyone: phone, region by arrow keys, street address, then Enter. */
async function contactStep(el: FzLegalAidForm, phone: string, street: string) {
  expect(stepTitle(el)).to.equal('联系方式');
  await fill(el, '联系电话', phone);
  await chooseRegion(el, '省、市、县（区）');
  await fill(el, '详细地址', street);
  await axe(el);
  await type(el, '\n');
}

/** From the check-answers page: Tab to 提交, Enter, and wait for the receipt. */
async function submitAndWait(el: FzLegalAidForm) {
  expect(stepTitle(el)).to.equal('请核对您填写的内容');
  await axe(el);
  const submitted = new Promise<CustomEvent>((resolve) => el.addEventListener('fz-submitted', (e) => resolve(e as CustomEvent), { once: true }));
  await continueOn(el);
  const event = await submitted;
  await el.updateComplete;
  expect(stepTitle(el)).to.equal('提交成功');
  expect(active(el)).to.equal(root(el).querySelector('.fz-receipt-title'));
  await axe(el);
  return event.detail as { receiptNo: string };
}

/** The stored record: one row, the receipt's number, and valid against the schema. */
async function storedRecord(tag: string, receiptNo: string) {
  const rows = await stored(tag);
  expect(rows.length).to.equal(1);
  expect(rows[0]!.receipt_no).to.equal(receiptNo);
  const { errors } = checker.check(rows[0]!.data);
  expect(errors, JSON.stringify(errors)).to.deep.equal([]);
  return rows[0]!.data;
}

describe('fz-legal-aid-form: four citizens, keyboard only, to the real server', () => {
  it('(a) an adult migrant worker claiming wages: 第42条 exempt, proof attached, urgent (第44条)', async () => {
    const tag = uniqueTag('worker');
    const el = await openForm(tag);
    expect(progress(el)).to.equal('第 1 步，共 6 步');
    await axe(el);

    // Step 1: the first field gets focus; everything after it is reached with Tab.
    control(el, '姓名').focus();
    await type(el, '王小测');
    await fill(el, '证件号码', '34052419800101001X');
    expect(control(el, '年龄').value).to.equal(String(new Date().getFullYear() - 1980));
    expect(control(el, '男').checked, 'sex derived from the ID').to.equal(true);
    expect(root(el).querySelector('[data-pointer="/representative"]'), 'an adult applying alone needs no representative').to.equal(null);
    await axe(el);
    await continueOn(el);

    await contactStep(el, '13800138000', '某某镇测试村3组12号');

    expect(stepTitle(el)).to.equal('申请事项');
    await choose(el, '需要哪种法律援助', 6); // 劳动争议调解与仲裁代理
    await choose(el, '遇到的是哪类事情', 4); // 劳动报酬
    await choose(el, '申请人在这件事中的身份', 0);
    await choose(el, '事情现在进行到哪一步', 2); // 正在仲裁 → the authority becomes required
    await fill(el, '办案机关或者处理争议的机关', '某某县劳动人事争议仲裁委员会');
    await fill(el, '对方当事人', '某某建筑劳务有限公司');
    await fill(el, '案情和申请理由', '2026年3月至8月我在某某工地做钢筋工，包工头一直没有结算工资，共拖欠18000元。');
    await fill(el, '希望解决什么问题', '要回被拖欠的工资18000元');
    await choose(el, '是否有紧急情况', 1); // 不到7天
    await tabTo(el, control(el, '期限届满日期'));
    await typeDate(el, dayFromToday(5));
    await axe(el);
    await continueOn(el);

    expect(stepTitle(el)).to.equal('经济状况');
    await choose(el, '申请人是否属于下列人员', 5); // 进城务工人员
    expect(root(el).textContent).not.to.contain('家庭人口');
    await attach(el, '相关证明材料', '欠条.jpg');
    await axe(el);
    await continueOn(el);

    expect(stepTitle(el)).to.equal('上传材料');
    await continueOn(el);

    expect(stepTitle(el)).to.equal('承诺与同意');
    expect(root(el).textContent).not.to.contain('单独同意');
    await tick(el, '个人诚信承诺');
    await tick(el, '我已阅读并同意');
    await axe(el);
    await continueOn(el);

    const { receiptNo } = await submitAndWait(el);
    const receipt = root(el).querySelector('.fz-receipt')!.textContent!;
    expect(receipt).to.contain('7日内');
    expect(receipt).to.contain('先行提供法律援助');
    expect(texts(el, '.fz-bring li')).to.deep.equal(['申请人的身份证件', '您在网上传过的材料：欠条.jpg']);

    const data = await storedRecord(tag, receiptNo);
    expect(data.specialGroup).to.equal('migrant-worker');
    expect(data.exemptionProof[0].name).to.equal('欠条.jpg');
    expect(data).not.to.have.property('economy');
    expect(data.urgency).to.deep.equal({ kind: 'deadline', deadline: dayFromToday(5) });
    expect(data.applicant).to.include({ gender: 'male', birthDate: '1980-01-01' });
    expect(summary(el)).to.deep.equal([]);
  });

  it('(b) a 12-year-old with a guardian: representative (第40条), sensitive and guardian consent (个人信息保护法 第28、31条)', async () => {
    const tag = uniqueTag('minor');
    const el = await openForm(tag);
    control(el, '姓名').focus();
    await type(el, '阿依古丽·测试');
    await fill(el, '证件号码', idCardFor(12, 'female'));
    expect(control(el, '年龄').value).to.equal('12');
    // Under 18: the representative's section appears and is required.
    const representative = () => field(el, '代理人');
    expect(representative().querySelector('.fz-hint')!.textContent).to.contain('法定代理人');
    await choose(el, '由谁提出申请', 1);
    await choose(el, '与申请人的关系', 0); // 法定代理人（监护人）
    await fill(el, '具体关系', '母亲', representative());
    await fill(el, '姓名', '测试乙', representative());
    await fill(el, '代理人居民身份证号码', idCardFor(40, 'female'), representative());
    await fill(el, '联系电话', '13700137000', representative());
    // Back up with Shift+Tab to a field left out earlier: 民族 (汉族 is the first option).
    await tabTo(el, control(el, '民族'), true);
    await press(el, 'ArrowDown');
    expect(control<HTMLSelectElement>(el, '民族').selectedOptions[0]!.textContent).to.equal('汉族');
    await axe(el);
    await continueOn(el);

    await contactStep(el, '13700137000', '某某镇测试村1组1号');

    await choose(el, '需要哪种法律援助', 3); // 诉讼代理
    await choose(el, '遇到的是哪类事情', 3); // 抚养费
    await choose(el, '申请人在这件事中的身份', 0);
    await choose(el, '事情现在进行到哪一步', 0); // 还没有起诉: no authority needed
    await fill(el, '案情和申请理由', '父母离婚后父亲一直不支付抚养费，已经两年没有给过钱，多次催要没有结果。');
    await fill(el, '希望解决什么问题', '要求父亲按月支付抚养费');
    await continueOn(el);

    expect(stepTitle(el)).to.equal('经济状况');
    await choose(el, '申请人是否属于下列人员', 1); // 无固定生活来源的未成年人
    await attach(el, '相关证明材料', '户口簿.jpg');
    await continueOn(el);
    await continueOn(el); // 上传材料: nothing more

    expect(stepTitle(el)).to.equal('承诺与同意');
    await tick(el, '个人诚信承诺');
    await tick(el, '我已阅读并同意');
    await tick(el, '我单独同意处理上述敏感个人信息');
    await tick(el, '我是申请人的监护人');
    await axe(el);
    await continueOn(el);

    expect(summary(el)).to.deep.equal([]);
    expect(texts(el, '.fz-check-step')).to.include('经济状况');
    const { receiptNo } = await submitAndWait(el);
    expect(texts(el, '.fz-bring li')).to.deep.equal([
      '申请人的身份证件',
      '代理人的身份证件，以及关系证明或者授权委托书',
      '您在网上传过的材料：户口簿.jpg',
    ]);
    const data = await storedRecord(tag, receiptNo);
    expect(data.applicant.age).to.equal(12);
    expect(data.applicant.ethnicity).to.equal('01');
    expect(data.filedBy).to.equal('agent');
    expect(data.representative).to.include({ relation: 'guardian', relationDetail: '母亲', name: '测试乙', phone: '13700137000' });
    expect(data).to.include({ specialGroup: 'no-income', sensitiveConsent: true, guardianConsent: true });
  });

  it('(c) a domestic-violence victim: 第32条, no economic step, back without loss, sensitive consent', async () => {
    const tag = uniqueTag('dv');
    const el = await openForm(tag);
    control(el, '姓名').focus();
    await type(el, '测试甲');
    await fill(el, '证件号码', idCardFor(76, 'female'));
    await continueOn(el);

    await contactStep(el, '13900139000', '某某街道测试社区5号楼');

    expect(progress(el)).to.equal('第 3 步，共 6 步');
    await choose(el, '需要哪种法律援助', 3);
    await choose(el, '遇到的是哪类事情', 13); // 虐待、遗弃或者家庭暴力
    expect(progress(el), 'the economic step is gone').to.equal('第 3 步，共 5 步');
    await choose(el, '申请人在这件事中的身份', 0);
    await choose(el, '事情现在进行到哪一步', 0);
    const facts = '我的儿子长期对我打骂，不给生活费，还把我赶出家门，我现在暂住在亲戚家里。';
    await fill(el, '案情和申请理由', facts);
    await fill(el, '希望解决什么问题', '申请人身安全保护令，要求儿子支付赡养费');
    await continueOn(el);

    expect(stepTitle(el), 'straight past 经济状况').to.equal('上传材料');
    await axe(el);
    // Back (Shift+Tab to 上一步, Enter): every answer is still there.
    await tabTo(el, () => [...root(el).querySelectorAll('.fz-actions button')].find((b) => b.textContent!.trim() === '上一步')!, true);
    await press(el, 'Enter');
    expect(stepTitle(el)).to.equal('申请事项');
    expect(control(el, '案情和申请理由').value).to.equal(facts);
    expect(control<HTMLSelectElement>(el, '遇到的是哪类事情').selectedOptions[0]!.textContent).to.contain('家庭暴力');
    await continueOn(el);
    await continueOn(el);

    expect(stepTitle(el)).to.equal('承诺与同意');
    expect(root(el).textContent).not.to.contain('监护人，同意');
    await tick(el, '个人诚信承诺');
    await tick(el, '我已阅读并同意');
    await tick(el, '我单独同意处理上述敏感个人信息');
    await continueOn(el);

    expect(texts(el, '.fz-check-step')).not.to.include('经济状况');
    const { receiptNo } = await submitAndWait(el);
    expect(root(el).querySelector('.fz-receipt')!.textContent).not.to.contain('先行提供');
    const data = await storedRecord(tag, receiptNo);
    expect(data.matter.type).to.equal('abuse-victim');
    expect(data).not.to.have.any.keys('specialGroup', 'economy', 'exemptionProof');
    expect(data.sensitiveConsent).to.equal(true);
  });

  it('(d) an ordinary applicant: household size and income, per-head computed and shown read-only (第41条)', async () => {
    const tag = uniqueTag('ordinary');
    const el = await openForm(tag);
    control(el, '姓名').focus();
    await type(el, '欧阳测试');
    await fill(el, '证件号码', idCardFor(38, 'female'));
    await continueOn(el);

    await contactStep(el, '0571-62345678', '城关镇测试路8号');

    await choose(el, '需要哪种法律援助', 3);
    await choose(el, '遇到的是哪类事情', 6); // 人身损害赔偿
    await choose(el, '申请人在这件事中的身份', 0);
    await choose(el, '事情现在进行到哪一步', 6); // 法院一审
    await fill(el, '办案机关或者处理争议的机关', '某某县人民法院');
    await fill(el, '案情和申请理由', '2026年6月我骑电动车被一辆货车撞伤，右腿骨折住院30天，对方保险公司拒绝赔偿医疗费。');
    await fill(el, '希望解决什么问题', '要求对方赔偿医疗费、误工费等共计6万元');
    await continueOn(el);

    expect(stepTitle(el)).to.equal('经济状况');
    await choose(el, '申请人是否属于下列人员', 0); // 都不属于 → the household's income
    expect(root(el).textContent).not.to.contain('相关证明材料');
    expect(root(el).textContent, 'no province standard configured').not.to.contain('本地经济困难标准');
    await fill(el, '家庭人口', '3');
    await fill(el, '家庭月收入合计', '2400');
    const perHead = control(el, '家庭人均月收入');
    expect(perHead.value).to.equal('800');
    expect(perHead.readOnly).to.equal(true);
    await choose(el, '同意法律援助机构通过信息共享核查', 0); // 是
    await axe(el);
    await continueOn(el);
    await continueOn(el);

    expect(root(el).querySelector('[data-pointer="/pledge"]')!.textContent).to.contain('第四十一条');
    await tick(el, '个人诚信承诺');
    await tick(el, '我已阅读并同意');
    expect(root(el).textContent).not.to.contain('单独同意');
    await continueOn(el);

    expect(root(el).querySelector('.fz-answers')!.parentElement!.textContent).to.contain('家庭人均月收入（元）');
    const { receiptNo } = await submitAndWait(el);
    const data = await storedRecord(tag, receiptNo);
    expect(data.economy).to.deep.equal({ householdSize: 3, monthlyIncome: 2400, perCapitaIncome: 800, authorizeCheck: true });
    expect(data.contact.phone).to.equal('0571-62345678');
    expect(data.matter.authority).to.equal('某某县人民法院');
  });
});
