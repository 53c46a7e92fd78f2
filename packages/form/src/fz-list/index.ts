export { FzList, type ListRecord } from './fz-list.js';
export { FzListData, type ListStatus } from './list-data.js';
export { recordFields, fieldText, fieldHref, type RecordField } from './record-fields.js';
export { fzListMessages, type FzListMessageKey } from './messages.js';
