export { type CallQueueEvent, callQueueEventTypes } from './call-queue-events.js';
export { DurationHistogram } from './duration-histogram.js';
export { serviceIndicatorsFromStore } from './indicators-from-store.js';
export {
  type BacklogLine,
  createIndicatorAccumulator,
  type DurationSummary,
  type FirstLevelResolution,
  firstLevelResolutionTarget,
  type HandoffIndicators,
  type IndicatorAccumulator,
  type IndicatorEntry,
  type IndicatorOptions,
  type PriorityIndicators,
  type ServiceIndicators,
  serviceIndicators,
} from './service-indicators.js';
