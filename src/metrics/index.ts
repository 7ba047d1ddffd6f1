/**
 * Service indicators (seed §1): calls, first-level resolution, resolution times, SLA compliance,
 * backlog, abandoned calls, streaming or over a store. Import from `service-desk-rules/metrics`;
 * the guide is [docs/metrics.md](../../docs/metrics.md).
 *
 * @group Records
 * @module service-desk-rules/metrics
 */
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
