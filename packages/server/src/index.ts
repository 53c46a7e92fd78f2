export { buildApp, type App, type AppOptions } from './app.js';
export { LIMITS, LIST_LIMITS, FILE_TYPES, type FormConfig } from './config.js';
export { discoverForms, FORMS } from './forms.js';
export { PROBLEMS, Problem, type ProblemBody, type ProblemFieldError, type ProblemKind } from './problem.js';
export { DEMO_CSP } from './routes/static.js';
