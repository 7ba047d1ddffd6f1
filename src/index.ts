export * from './core/index.js';
export * from './i18n/index.js';
export * from './qualification/index.js';
export * from './sla/index.js';
