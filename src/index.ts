// The root entry: every module but `testing` (which imports vitest and fast-check), so that
// `import { priorityOf } from 'service-desk-rules'` works and tree-shakes to what it uses.
// Each module is also a subpath of its own: `service-desk-rules/qualification`, `/sla`, …
export * from './core/index.js';
export * from './handling/index.js';
export * from './i18n/index.js';
export * from './metrics/index.js';
export * from './problem/index.js';
export * from './qualification/index.js';
export * from './report/index.js';
export * from './sla/index.js';
export * from './staffing/index.js';
export * from './storage/index.js';
export * from './ticket/index.js';
