/**
 * French and English labels of the levels and indicators, for screens and reports. Import from
 * `service-desk-rules/i18n`.
 *
 * @group Labels
 * @module service-desk-rules/i18n
 */
export type { Locale, LocalizedText } from '../core/localized-text.js';
export { locales } from '../core/localized-text.js';
export {
  impactLabels,
  priorityLabels,
  slaIndicatorLabels,
  urgencyLabels,
} from './qualification-labels.js';
