import type { LocalizedText } from './localized-text.js';

/**
 * An expected business refusal: a stable machine-readable `code` and a message in French
 * and English. Rules return violations inside a {@link Result}; they never throw them.
 */
export interface RuleViolation<C extends string = string> {
  /** Stable identifier of the rule that refused; safe to switch on and to store. */
  readonly code: C;
  /** What went wrong, in every supported language. */
  readonly message: LocalizedText;
  /** Optional structured facts behind the refusal (ids, values, limits). */
  readonly details?: Readonly<Record<string, unknown>>;
}
