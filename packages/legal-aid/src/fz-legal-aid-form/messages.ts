import type { Catalogue } from '@fazhi/core';

/** The element's own texts: what happens after submitting, and the printed application. */
export const legalAidMessages = {
  'zh-CN': {
    reviewPeriod:
      '法律援助机构会在收到申请之日起7日内决定是否给予法律援助，并通知您（法律援助法第四十三条）。材料不齐全的，会一次性告诉您要补充什么。',
    urgent: '您说明了紧急情况。法律援助机构可以先行提供法律援助，材料以后补交（法律援助法第四十四条）。',
    bringTitle: '去法律援助机构时，请带上以下原件',
    bringId: '申请人的身份证件',
    bringAgent: '代理人的身份证件，以及关系证明或者授权委托书',
    bringFiles: '您在网上传过的材料：{names}',
    bringCase: '与这件事有关的合同、欠条、病历、判决书等材料（有的话）',
    hotline: '有疑问请拨打 12348 公共法律服务热线。',
    printSheet: '打印申请表',
    sheetTitle: '法律援助申请表',
    sheetHint: '请核对后由申请人签名（代为申请的由代理人签名），办理时交给法律援助机构。',
    signApplicant: '申请人（签名）',
    signAgent: '代理人（签名）',
    signDate: '日期：　　　　年　　月　　日',
  },
  en: {
    reviewPeriod:
      'The legal aid office will decide within 7 days of receiving your application and will tell you (Legal Aid Law, Article 43). If anything is missing, they will tell you once what to add.',
    urgent: 'You said the matter is urgent. The legal aid office may help you first and take the documents later (Legal Aid Law, Article 44).',
    bringTitle: 'When you go to the legal aid office, bring the originals of',
    bringId: 'the applicant’s identity document',
    bringAgent: 'the representative’s identity document, and proof of the relationship or a power of attorney',
    bringFiles: 'the documents you uploaded: {names}',
    bringCase: 'contracts, IOUs, medical records or judgments about the matter (if you have them)',
    hotline: 'Questions? Call the 12348 public legal service hotline.',
    printSheet: 'Print the application',
    sheetTitle: 'Legal aid application',
    sheetHint: 'Check it, then the applicant (or the representative) signs it and hands it to the legal aid office.',
    signApplicant: 'Applicant’s signature',
    signAgent: 'Representative’s signature',
    signDate: 'Date:',
  },
} satisfies Catalogue;

export type LegalAidMessageKey = keyof (typeof legalAidMessages)['zh-CN'];
