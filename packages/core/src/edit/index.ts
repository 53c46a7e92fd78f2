/**
 * The editing model of the form designer: operations on a schema document, each with its exact
 * inverse (undo), and the minimal county overlay between a locked base and an edited copy.
 */
export { applyEdit, applyEdits, type Edit } from './edits.js';
export {
  addField,
  addOption,
  applyOperation,
  moveField,
  moveOption,
  relabel,
  relabelOption,
  removeField,
  removeOption,
  setKeyword,
  setRequired,
  type Operation,
  type Placement,
} from './operations.js';
export { diffMergePatch, jsonEqual } from './diff.js';
export { summarizeOverlay } from './summary.js';
