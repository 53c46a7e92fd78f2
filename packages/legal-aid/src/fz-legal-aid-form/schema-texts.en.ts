import { addSchemaTexts, commonSchema, legalAidApplicationSchema } from '@fazhi/core';
import { commonEn } from '@fazhi/core/locales/common.en';
import { legalAidApplicationEn } from '@fazhi/core/locales/legal-aid-application.en';

/* The application's field titles, hints and messages in English (schemas/locales/en), loaded on demand. */
addSchemaTexts('en', [
  [legalAidApplicationSchema, legalAidApplicationEn],
  [commonSchema, commonEn],
]);
