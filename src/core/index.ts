/**
 * The shared vocabulary of every rule: `Result` (`ok`, `err`), `RuleViolation`, `ConfigurationError`,
 * `LocalizedText`. It has no subpath of its own: the root entry `service-desk-rules` exports what
 * an application needs of it.
 *
 * @module core
 */
export { ConfigurationError } from './configuration-error.js';
export { describeValue } from './describe-value.js';
export { type Locale, type LocalizedText, locales } from './localized-text.js';
export { type Err, err, type Ok, ok, type Result } from './result.js';
export type { RuleViolation } from './rule-violation.js';
