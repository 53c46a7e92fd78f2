import { legalAidApplicationExamples, villageRuleSubmissionExamples, type SchemaObject } from '@fazhi/core';
import { expect } from '@open-wc/testing';
import { press, rootOf, settle, type Placed, type Portal } from './portal.js';

/** The views of each element a citizen reaches, each from a freshly placed element. */
export type State = { name: string; reach?: (portal: Portal, el: Placed) => Promise<void> };

const next = (times: number) => async (portal: Portal, el: Placed) => {
  for (let i = 0; i < times; i++) await press(portal, el, '下一步');
};
/** Fills in a whole application, then goes on step by step to the one titled `title`. */
const withData = (data: unknown, title: string) => async (portal: Portal, el: Placed) => {
  el.data = structuredClone(data);
  await settle(portal, el);
  const heading = () => rootOf(el).querySelector('.fz-step-title')?.textContent ?? '';
  for (let i = 0; i < 8 && !heading().includes(title); i++) await next(1)(portal, el);
  expect(heading()).to.include(title);
};
const invalid = async (portal: Portal, el: Placed) => {
  await el.validate!();
  await settle(portal, el);
};
const openFirst = (selector: string) => async (portal: Portal, el: Placed) => {
  rootOf(el).querySelector<HTMLElement>(selector)!.click();
  await settle(portal, el);
};

/** A county's own, long personal-information notice on the consent box. */
const longConsent = async (portal: Portal, el: Placed) => {
  const notice = '我们收集您的姓名、身份证件号码、联系方式和案件情况，仅用于审查法律援助申请和指派律师。'.repeat(12);
  const schema = structuredClone((el as Placed & { schema: SchemaObject }).schema);
  Object.assign(schema.properties!.agree as object, { description: notice });
  (el as Placed & { schema: SchemaObject }).schema = schema;
  await settle(portal, el);
};

const village = { ...villageRuleSubmissionExamples[0], attachments: undefined };

export const STATES: Record<string, State[]> = {
  'fz-form': [{ name: 'empty' }, { name: 'every error shown', reach: invalid }, { name: 'long consent notice', reach: longConsent }],
  'fz-legal-aid-form': [
    { name: 'step 1' },
    { name: 'step 1 with errors', reach: next(1) },
    { name: 'consent step', reach: withData(legalAidApplicationExamples[2], '承诺') },
  ],
  'fz-village-rule-form': [
    { name: 'step 1' },
    { name: 'step 1 with errors', reach: next(1) },
    { name: 'step 4 (attachments)', reach: withData(village, '附件') },
  ],
  'fz-village-rule-review': [{ name: 'record' }, { name: 'every error shown', reach: invalid }],
  'fz-power-list': [{ name: 'list' }, { name: 'detail open', reach: openFirst('.fz-disclosure') }],
  'fz-enforcement-notice': [
    { name: '执法决定' },
    { name: '执法主体', reach: (p, el) => press(p, el, '执法主体') },
    { name: '执法人员', reach: (p, el) => press(p, el, '执法人员') },
    { name: '执法事项', reach: (p, el) => press(p, el, '执法事项') },
    { name: 'decision detail', reach: openFirst('tbody .fz-link-button') },
  ],
};

