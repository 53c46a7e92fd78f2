/* English messages of the built-in formats: index.ts registers this module, `loadLocale('en')` loads it. */
import { idCardMessages, type IdCardIssueCode } from './cn-id-card.js';
import { usccMessages, type UsccIssueCode } from './cn-uscc.js';
import { mobileMessages, type MobileIssueCode } from './cn-mobile.js';
import { phoneMessages, type PhoneIssueCode } from './cn-phone.js';
import { postalCodeMessages, type PostalCodeIssueCode } from './cn-postal-code.js';
import { regionCodeMessages, type RegionCodeIssueCode } from './cn-region-code.js';
import { dateMessages, type DateIssueCode } from './date.js';
import { emailMessages, type EmailIssueCode } from './email.js';

idCardMessages.en = {
  length: 'An ID card number has 18 characters; you entered {length}',
  legacy15: 'First-generation 15-digit ID numbers are no longer accepted; enter the 18-digit number',
  chars: 'Character {position} ("{char}") of the ID number is wrong: the first 17 are digits, the last is a digit or X',
  date: 'The birth date in the ID number is not a real date; check characters 7 to 14',
  early: 'The birth year in the ID number is before 1900; check characters 7 to 10',
  future: 'The birth date in the ID number is after today; check characters 7 to 14',
  checksum: 'The check character of the ID number is wrong; check the last character',
} satisfies Record<IdCardIssueCode, string>;

usccMessages.en = {
  length: 'A unified social credit code has 18 characters; you entered {length}',
  chars: 'Character {position} ("{char}") of the code is wrong: characters 3 to 8 are digits, the others digits or capitals except I, O, Z, S, V',
  checksum: 'The check character of the unified social credit code is wrong; check the last character',
} satisfies Record<UsccIssueCode, string>;

mobileMessages.en = {
  chars: '{title} can only contain digits: a mobile number is 11 digits starting with 1',
  length: '{title} must be an 11-digit mobile number; you entered {length} digits',
  prefix: '{title} is not a valid mobile number: mobile numbers start with 13 to 19',
} satisfies Record<MobileIssueCode, string>;

phoneMessages.en = {
  chars: '{title} can only contain digits and dashes',
  mobileLength: 'If {title} is a mobile number it has 11 digits; you entered {length}',
  areaCode: 'If {title} is a landline, put the area code in front, e.g. 0571-87654321',
  invalid: '{title} must be an 11-digit mobile number or a landline with area code (e.g. 0571-87654321, extension last: 0571-87654321-123)',
} satisfies Record<PhoneIssueCode, string>;

postalCodeMessages.en = {
  chars: '{title} can only contain digits: a postal code is 6 digits',
  length: '{title} must be 6 digits; you entered {length}',
} satisfies Record<PostalCodeIssueCode, string>;

regionCodeMessages.en = {
  chars: '{title} can only contain digits',
  length: '{title} must have 6 (county), 9 (township) or 12 (village) digits; you entered {length}',
  province: 'The first two digits of {title} are not a province code',
  structure: '{title} is not a valid administrative division code; check digits 3 to 6',
} satisfies Record<RegionCodeIssueCode, string>;

dateMessages.en = {
  pattern: 'Enter {title} as year-month-day, e.g. 2024-01-15',
  date: '{title} is not a real date; check the month and day',
} satisfies Record<DateIssueCode, string>;

emailMessages.en = { invalid: '{title} is not a valid email address; it should look like name@example.com' } satisfies Record<EmailIssueCode, string>;
