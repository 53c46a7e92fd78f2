import { VERSION } from '@fazhi/core';
import { defineElement } from './define-element.js';
import { FzList } from './fz-list/fz-list.js';

defineElement('fz-list', FzList, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'fz-list': FzList;
  }
}
