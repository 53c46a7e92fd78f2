import { VERSION } from '@fazhi/core';
import '@fazhi/form/define';
import { defineElement } from '@fazhi/form';
import { FzFormDesigner } from './fz-form-designer/fz-form-designer.js';

// The preview is the real form element: it comes with the designer.
defineElement('fz-form-designer', FzFormDesigner, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'fz-form-designer': FzFormDesigner;
  }
}
