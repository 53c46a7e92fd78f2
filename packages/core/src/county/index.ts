/**
 * Checks for a county's own files (overlays and whole schemas), with messages an editor can act on.
 * A separate entry point (`@fazhi/core/county`): elements load it only when a county file fails.
 */
export { checkOverlay, type OverlayCheck, type OverlayCheckOptions } from './check-overlay.js';
export { checkSchemaDocument, type SchemaCheckOptions } from './check-schema.js';
export { checkLocked } from './locked.js';
export { formatIssue, placeOf, type CountyIssue } from './issue.js';
export { lineAndColumn, lineOf, parseJsonText, type ParsedJson } from './json-text.js';
