import { VERSION } from '@fazhi/core';
import { defineElement } from '@fazhi/form';
import { FzEnforcementNotice } from './fz-enforcement-notice/fz-enforcement-notice.js';

defineElement('fz-enforcement-notice', FzEnforcementNotice, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'fz-enforcement-notice': FzEnforcementNotice;
  }
}
