import { VERSION } from '@fazhi/core';
import { defineElement } from './define-element.js';
import { FzForm } from './fz-form/fz-form.js';

defineElement('fz-form', FzForm, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'fz-form': FzForm;
  }
}
