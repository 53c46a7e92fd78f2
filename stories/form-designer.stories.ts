import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@fazhi/designer/define';
import countyOverlay from '../packages/legal-aid/test/county-overlay.json';

/** A small form of a county's own, as an editor would start one. */
const mediationForm = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://example.gov.cn/forms/mediation.schema.json',
  title: '人民调解申请',
  type: 'object',
  properties: {
    name: { type: 'string', title: '申请人姓名', maxLength: 50, 'x-fz-pii': 'pi' },
    phone: { type: 'string', title: '联系电话', maxLength: 20, 'x-fz-pii': 'pi' },
    kind: { type: 'string', title: '纠纷类型', oneOf: [{ const: 'neighbour', title: '邻里纠纷' }, { const: 'family', title: '婚姻家庭纠纷' }], 'x-fz-pii': 'none' },
    facts: { type: 'string', title: '纠纷经过', maxLength: 1000, 'x-fz-widget': 'textarea', 'x-fz-pii': 'pi' },
  },
  required: ['name', 'phone', 'kind'],
};

const meta: Meta = {
  title: 'Elements/fz-form-designer',
  component: 'fz-form-designer',
  // Each story starts from its file, not from an earlier visit's autosaved work.
  beforeEach: () => localStorage.clear(),
};
export default meta;

/** The legal-aid form with a county's overlay: 原有 / 本县修改 / 本县新增, locked parts of the law. */
export const OverlayMode: StoryObj = {
  render: () => html`<fz-form-designer base="legal-aid-application" preview="fz-legal-aid-form" .overlay=${countyOverlay}></fz-form-designer>`,
};

/** A whole form of the county's own, downloaded as a schema file. */
export const WholeFormMode: StoryObj = {
  render: () => html`<fz-form-designer .schema=${mediationForm}></fz-form-designer>`,
};
