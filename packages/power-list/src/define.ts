import { VERSION } from '@fazhi/core';
import { defineElement } from '@fazhi/form';
import { FzPowerList } from './fz-power-list/fz-power-list.js';

defineElement('fz-power-list', FzPowerList, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'fz-power-list': FzPowerList;
  }
}
