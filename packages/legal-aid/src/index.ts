export { FzLegalAidForm } from './fz-legal-aid-form/fz-legal-aid-form.js';
export { legalAidMessages, type LegalAidMessageKey } from './fz-legal-aid-form/messages.js';
export { defaultsOf } from './fz-legal-aid-form/schema-defaults.js';
