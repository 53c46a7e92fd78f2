export { FzPowerList } from './fz-power-list/fz-power-list.js';
export { powerListMessages, STANDARD_CATEGORIES, VALUE_LABELS, valueLabel } from './fz-power-list/messages.js';
export { columnsFromSchema, parseColumnsAttribute, defaultColumns, SCHEMA_COLUMNS } from './fz-power-list/columns.js';
export type { PowerListItem, LegalBasis, ProcessStep, PowerListColumn, ValueLabels } from './fz-power-list/types.js';
