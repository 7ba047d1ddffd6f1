export type { Locale, LocalizedText } from '../core/localized-text.js';
export { locales } from '../core/localized-text.js';
export {
  impactLabels,
  priorityLabels,
  slaIndicatorLabels,
  urgencyLabels,
} from './qualification-labels.js';
