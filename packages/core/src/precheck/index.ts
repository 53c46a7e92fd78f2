export { RED_FLAGS, type RedFlagLevel, type RedFlagOverride, type RedFlagPattern } from './red-flags.js';
export { extendRedFlags, invalidPatterns, precheckArticle, type PrecheckFlag } from './precheck.js';
