export { FzForm } from './fz-form/fz-form.js';
export type {
  FzAuthRequiredDetail,
  FzChangeDetail,
  FzFormEventDetails,
  FzInvalidDetail,
  FzStepDetail,
  FzSubmitDetail,
  FzSubmitErrorDetail,
  FzSubmittedDetail,
} from './fz-form/events.js';
export type { RenderState } from './fz-form/render-fields.js';
export { formMessages, type FormMessageKey } from './fz-form/messages.js';
export { formatReceivedAt, type Receipt } from './fz-form/receipt.js';
export { answers, type Answer } from './fz-form/check-answers.js';
export { stepsOf, type Step } from './fz-form/steps.js';
export { registerWidget, widgetFor } from './widgets/registry.js';
export { arrayWidget, type ArrayOptions } from './widgets/array.js';
export { textareaWidget, type TextareaOptions } from './widgets/textarea.js';
export { fieldShell, groupShell } from './widgets/shell.js';
export { describedBy, type FieldContext, type FormHost, type Widget } from './widgets/context.js';
export { tokens } from './styles/tokens.js';
export { defineElement } from './define-element.js';
export { LocaleTexts } from './locale-texts.js';
export { fallback, lightRoot } from './render-root.js';
export * from './list/index.js';
export * from './fz-list/index.js';
