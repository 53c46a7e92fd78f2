import { VERSION } from '@fazhi/core';
import { defineElement } from '@fazhi/form';
import { FzLegalAidForm } from './fz-legal-aid-form/fz-legal-aid-form.js';

defineElement('fz-legal-aid-form', FzLegalAidForm, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'fz-legal-aid-form': FzLegalAidForm;
  }
}
