import { VERSION } from '@fazhi/core';
import { defineElement } from '@fazhi/form';
import { FzVillageRuleForm } from './fz-village-rule-form/fz-village-rule-form.js';
import { FzVillageRuleReview } from './fz-village-rule-review/fz-village-rule-review.js';

defineElement('fz-village-rule-form', FzVillageRuleForm, VERSION);
defineElement('fz-village-rule-review', FzVillageRuleReview, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'fz-village-rule-form': FzVillageRuleForm;
    'fz-village-rule-review': FzVillageRuleReview;
  }
}
