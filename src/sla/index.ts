/**
 * Service levels (seed §2.5.2.4): the SLA indicator table, `qualify` (a call's priority and its
 * targets), business calendars and working time, SLA clocks that pause, compliance against
 * success rates. Import from `service-desk-rules/sla`; the guides are
 * [docs/sla.md](../../docs/sla.md) and [docs/sla-clocks.md](../../docs/sla-clocks.md).
 *
 * @group Rules
 * @module service-desk-rules/sla
 */
export {
  addWorkingTime,
  alwaysOpen,
  type BusinessCalendar,
  type BusinessCalendarSpec,
  createBusinessCalendar,
  type HolidayRangeSpec,
  type HolidaySpec,
  isOpen,
  type LocalTimeRange,
  nextOpening,
  openIntervalsBetween,
  type Weekday,
  type WeeklyHours,
  weekdays,
  workingTimeBetween,
} from './business-calendar.js';
export { type Qualification, qualify } from './qualify.js';
export {
  type MeasureSlaOptions,
  measureSla,
  type SlaClockState,
  type SlaExcludedPause,
  type SlaExplanation,
  type SlaMeasurement,
  type SlaSegment,
  type SlaStartRule,
  type SlaThresholds,
  slaClockState,
  slaClockStates,
  slaStartRules,
} from './sla-clock.js';
export type { SlaPause, SlaTimeline } from './sla-clock-timeline.js';
export {
  type SlaComplianceLine,
  type SlaComplianceReport,
  type SlaMeasuredTarget,
  type SlaPriorityCompliance,
  type SlaResult,
  slaCompliance,
  slaComplianceLine,
  slaMeasuredTargets,
} from './sla-compliance.js';
export {
  defaultSlaTable,
  defineSlaTable,
  type SlaTable,
  type SlaTableSpec,
  type SlaTarget,
  type SlaTargets,
  slaTargetsFor,
} from './sla-table.js';
export {
  nominalDurationMs,
  type WorkingDuration,
  workingDurationUnits,
} from './working-duration.js';
