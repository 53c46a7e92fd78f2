export { FzVillageRuleForm, submissionFormSchema } from './fz-village-rule-form/fz-village-rule-form.js';
export { FzVillageRuleReview, reviewFormSchema, type VillageRuleRecord } from './fz-village-rule-review/fz-village-rule-review.js';
export { flagList, liveAdvice, adviceStyles, type VillageHost } from './precheck/advice.js';
export { villageMessages, type VillageMessageKey } from './precheck/messages.js';
export { patternsFrom, fetchPatterns } from './precheck/patterns.js';
