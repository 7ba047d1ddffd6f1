/**
 * Service indicators (seed §1): calls, first-level resolution, resolution times, SLA compliance,
 * backlog, abandoned calls, streaming or over a store. Import from `service-desk-rules/metrics`;
 * the guide is [docs/metrics.md](../../docs/metrics.md).
 *
 * @group Records
 * @module service-desk-rules/metrics
 */
export { type CallQueueEvent, callQueueEventTypes } from './call-queue-events.js';
export type {
  QueueAbandonment,
  QueueIndicators,
  QueueOptions,
  QueueServiceLevel,
  SavedQueue,
} from './call-queue-indicators.js';
export {
  DurationHistogram,
  type SavedDurationHistogram,
} from './duration-histogram.js';
export {
  type FirstLevelResolution,
  firstLevelResolutionTarget,
} from './first-level-resolution.js';
export {
  createIndicatorAccumulator,
  type IndicatorAccumulator,
  restoreIndicatorAccumulator,
} from './indicator-accumulator.js';
export { maxBreakdownKeys } from './indicator-aggregate.js';
export type { IndicatorEntry } from './indicator-entry.js';
export type {
  BacklogLine,
  DurationSummary,
  HandoffIndicators,
  IndicatorSlaCompliance,
  IndicatorSlaLine,
  PriorityIndicators,
  QualificationQuality,
  ResolverIndicators,
  SeriesPoint,
  ServiceIndicators,
} from './indicator-figures.js';
export type { IndicatorOptions } from './indicator-options.js';
export {
  type SavedSeriesPoint,
  type SeriesOptions,
  type SeriesPeriod,
  seriesPeriods,
} from './indicator-series.js';
export { serviceIndicatorsFromStore } from './indicators-from-store.js';
export type { AtRiskOptions, AtRiskTicket, OpenClock } from './open-ticket-clocks.js';
export {
  type SavedAggregate,
  type SavedContribution,
  type SavedIndicators,
  type SavedTicket,
  savedIndicatorsFormat,
} from './saved-indicators.js';
export { serviceIndicators } from './service-indicators.js';
