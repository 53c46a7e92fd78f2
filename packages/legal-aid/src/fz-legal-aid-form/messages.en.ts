import { legalAidMessages, type LegalAidMessageKey } from './messages.js';

/** English texts of the legal-aid form, loaded on demand (`loadLocale('en')`). */
legalAidMessages.en = {
  reviewPeriod:
    'The legal aid office will decide within 7 days of receiving your application and will tell you (Legal Aid Law, Article 43). If anything is missing, they will tell you once what to add.',
  urgent: 'You said the matter is urgent. The legal aid office may help you first and take the documents later (Legal Aid Law, Article 44).',
  bringTitle: 'When you go to the legal aid office, bring the originals of',
  bringId: 'the applicant’s identity document',
  bringAgent: 'the representative’s identity document, and proof of the relationship or a power of attorney',
  bringFiles: 'the documents you uploaded: {names}',
  bringCase: 'contracts, IOUs, medical records or judgments about the matter (if you have them)',
  hotline: 'Questions? Call the 12348 public legal service hotline.',
  printSheet: 'Print the application',
  sheetTitle: 'Legal aid application',
  sheetHint: 'Check it, then the applicant (or the representative) signs it and hands it to the legal aid office.',
  signApplicant: 'Applicant’s signature',
  signAgent: 'Representative’s signature',
  signDate: 'Date:',
} satisfies Record<LegalAidMessageKey, string>;
