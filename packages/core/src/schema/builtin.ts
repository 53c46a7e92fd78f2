import { commonSchema } from '../generated/common.schema.js';
import type { SchemaObject } from '../types.js';

/** Shared `$defs` every built-in and county schema may `$ref` (common.schema.json#/$defs/…). */
export const builtinShared: SchemaObject[] = [commonSchema];
