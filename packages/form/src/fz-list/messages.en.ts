import { fzListMessages, type FzListMessageKey } from './messages.js';

/** English texts of `<fz-list>`, loaded on demand (`loadLocale('en')`); the schema's titles stay as written. */
fzListMessages.en = {
  caption: 'Public list',
  noun: 'records',
  captionHint: ', column headers with buttons sort the table',
  searchHintOf: 'Words from {fields}',
  dateFrom: 'From',
  dateTo: 'To',
  dateRangeHint: 'Date format: 2026-01-31',
  back: 'Back to the list',
  detailOf: '{title}: details',
  opensInNewWindow: ' (opens in a new window)',
  permalink: 'Link to this record',
  notFound: 'This record was not found; it may have been withdrawn. The whole list is shown below.',
  noSchema: 'The description of the list (its record schema) could not be loaded. Please try again later.',
  csvFile: 'Public list',
  exportPreparing: 'Preparing the download of every result…',
  exportDone: 'Downloaded {count} records.',
  exportTruncated: 'Many results: the first {count} of {total} were downloaded.',
  exportFailed: 'The download failed. Check the network and try again.',
} satisfies Record<FzListMessageKey, string>;
