export { FzForm } from './fz-form/fz-form.js';
export { formMessages, type FormMessageKey } from './fz-form/messages.js';
export { formatReceivedAt, type Receipt } from './fz-form/receipt.js';
export { registerWidget, widgetFor } from './widgets/registry.js';
export { fieldShell, groupShell } from './widgets/shell.js';
export { describedBy, type FieldContext, type FormHost, type Widget } from './widgets/context.js';
export { tokens } from './styles/tokens.js';
export { defineElement } from './define-element.js';
export * from './list/index.js';
