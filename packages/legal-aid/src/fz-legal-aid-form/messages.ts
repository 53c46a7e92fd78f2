import { onLocale, type Catalogue } from '@fazhi/core';

/** The element's own texts: what happens after submitting, and the printed application. */
const zhCN = {
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
};

export type LegalAidMessageKey = keyof typeof zhCN;

export const legalAidMessages: Catalogue<LegalAidMessageKey> = { 'zh-CN': zhCN };

onLocale('en', () => import('./messages.en.js'));
