export { evaluate, readPath, truthy, RuleLimitError, type RuleEnv } from './evaluate.js';
export { checkRules, assertRules, joinPointer, type Rule, type RuleContext } from './check.js';
export { applyDerive, assertDerive, type DeriveSpec } from './derive.js';
export { assertSchemaRules } from './lint.js';
export { assertExpression, RuleSyntaxError, OPERATORS, MAX_DEPTH, MAX_NODES } from './syntax.js';
