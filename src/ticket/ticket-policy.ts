import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput } from '../core/input-guard.js';
import { defaultHandoffPolicy, type HandoffPolicy } from '../handling/handoff.js';
import {
  defaultLevel1TimeBudgetPolicy,
  type Level1TimeBudgetPolicy,
} from '../handling/level1-time-budget.js';
import { defaultSupportLevelPolicy, type SupportLevelPolicy } from '../handling/support-level.js';
import type { Impact, Priority, Urgency } from '../qualification/levels.js';
import { defaultPriorityMatrix, type PriorityMatrix } from '../qualification/priority-matrix.js';
import { alwaysOpen, type BusinessCalendar } from '../sla/business-calendar.js';
import { defaultSlaTable, type SlaTable } from '../sla/sla-table.js';
import { assertWorkingDuration, type WorkingDuration } from '../sla/working-duration.js';
import { type PauseReason, pauseReasons } from './ticket-command-parts.js';

/**
 * The three clocks of a ticket (seed §2.5.2.4): detection (from the call to its being taken in
 * charge), resolution (to its definitive solution) and the maximum delay.
 *
 * @see seed §2.5.2.4
 * @example
 * ```ts
 * ticketClocks;
 * //=> ['detection', 'resolution', 'maxDelay']
 * ```
 */
export const ticketClocks = ['detection', 'resolution', 'maxDelay'] as const;

/**
 * One of {@link ticketClocks}.
 */
export type TicketClock = (typeof ticketClocks)[number];

/**
 * The rules an organisation sets for its tickets, pinned to each ticket by `version` when it
 * is opened: the priority matrix, the SLA table, the business calendar its clocks count in,
 * the level-1 time budget, who may hand off to whom, whether transfer and escalation are told
 * apart, how long a resolved call may be reopened, which waits pause which clock, and whether a
 * hand-off needs the technician's note (§4.3.1). Build one
 * with {@link defineTicketPolicy}.
 *
 * @see seed §2.5.2.4, §4.3.1, §4.3.3
 * @example
 * ```ts
 * defaultTicketPolicy.version;
 * //=> 'seed'
 * ```
 */
export interface TicketPolicy {
  /** Names this policy; tickets pin it, and a change is an explicit re-baseline. */
  readonly version: string;
  readonly matrix: PriorityMatrix<Impact, Urgency, Priority>;
  readonly slaTable: SlaTable<Priority>;
  /** The open hours in which SLA clocks and the reopening window count. */
  readonly calendar: BusinessCalendar;
  readonly level1Budget: Level1TimeBudgetPolicy;
  readonly handoff: HandoffPolicy;
  readonly supportLevels: SupportLevelPolicy;
  /**
   * How long after its definitive solution a call may be reopened rather than opened anew,
   * in working time of `calendar`.
   */
  readonly reopenWindow: WorkingDuration;
  /** For each clock, the waits that pause it. */
  readonly pausingReasons: { readonly [K in TicketClock]: readonly PauseReason[] };
  /**
   * Whether a hand-off must carry the technician's note of their diagnosis and of what they
   * did (seed §4.3.1, « toujours laisser une trace »); `true` by default.
   */
  readonly requireHandoffNote: boolean;
}

/**
 * What {@link defineTicketPolicy} takes: a version and any part of the policy to change
 * from the seed's defaults.
 */
export type TicketPolicySpec = Partial<Omit<TicketPolicy, 'version'>> & {
  readonly version: string;
};

/**
 * Defines a ticket policy, checked and frozen; what `spec` leaves out is the seed's (see
 * {@link defaultTicketPolicy}).
 *
 * @throws ConfigurationError when the version is empty, the reopening window is not a positive
 * duration, a clock's pausing reasons are not known waits, or `requireHandoffNote` is not a
 * boolean.
 * @example
 * ```ts
 * defineTicketPolicy({ version: 'acme-2', reopenWindow: { days: 10 } }).reopenWindow;
 * //=> { days: 10 }
 * ```
 */
export function defineTicketPolicy(spec: TicketPolicySpec): TicketPolicy {
  return guardInput(
    'defineTicketPolicy',
    () => {
      if (typeof spec !== 'object' || spec === null) {
        throw new ConfigurationError('Ticket policy: expected an object with at least a version.', {
          input: spec,
        });
      }
      if (typeof spec.version !== 'string' || spec.version.trim().length === 0) {
        throw new ConfigurationError(
          `Ticket policy: "version" must be a non-empty string, got ${describeValue(spec.version)}.`,
          { path: ['version'], input: spec.version },
        );
      }
      const reopenWindow = assertWorkingDuration(spec.reopenWindow ?? { days: 5 }, [
        'reopenWindow',
      ]);
      const pausing = spec.pausingReasons ?? seedPausingReasons;
      const checked = {} as { [K in TicketClock]: readonly PauseReason[] };
      for (const clock of ticketClocks) {
        const reasons: unknown = (pausing as Record<string, unknown>)[clock];
        if (
          !Array.isArray(reasons) ||
          reasons.some((r) => !(pauseReasons as readonly unknown[]).includes(r))
        ) {
          throw new ConfigurationError(
            `Ticket policy: pausingReasons.${clock} must be a list of ${pauseReasons.map((r) => describeValue(r)).join(', ')}, got ${describeValue(reasons)}.`,
            { path: ['pausingReasons', clock], input: reasons },
          );
        }
        checked[clock] = Object.freeze([...(reasons as PauseReason[])]);
      }
      const requireHandoffNote = spec.requireHandoffNote ?? true;
      if (typeof requireHandoffNote !== 'boolean') {
        throw new ConfigurationError(
          `Ticket policy: "requireHandoffNote" must be true or false, got ${describeValue(requireHandoffNote)}.`,
          { path: ['requireHandoffNote'], input: requireHandoffNote },
        );
      }
      return Object.freeze({
        version: spec.version,
        matrix: spec.matrix ?? defaultPriorityMatrix,
        slaTable: spec.slaTable ?? defaultSlaTable,
        calendar: spec.calendar ?? alwaysOpen,
        level1Budget: spec.level1Budget ?? defaultLevel1TimeBudgetPolicy,
        handoff: spec.handoff ?? defaultHandoffPolicy,
        supportLevels: spec.supportLevels ?? defaultSupportLevelPolicy,
        reopenWindow,
        pausingReasons: Object.freeze(checked),
        requireHandoffNote,
      });
    },
    'ConfigurationError',
  );
}

const seedPausingReasons: TicketPolicy['pausingReasons'] = {
  detection: [],
  resolution: ['waiting-for-user', 'waiting-for-third-party'],
  maxDelay: [],
};

/**
 * The seed's policy, version `'seed'`: its priority matrix and SLA table (§2.5.2.4), its
 * level-1 time budget (§2.3, §4.3.2), three levels with transfer and escalation told apart
 * (§4.3.3). The seed sets no calendar, no reopening window and says nothing of waits; the
 * defaults are a calendar always open (24 × 7), a 5-day reopening window, waits for the user
 * or a third party pausing the resolution clock, and the detection and maximum-delay clocks
 * never pausing. A hand-off always carries the technician's note (§4.3.1, « toujours »).
 *
 * @see seed §2.5.2.4, §4.3.1, §4.3.3
 * @example
 * ```ts
 * defaultTicketPolicy.requireHandoffNote;
 * //=> true
 * defaultTicketPolicy.pausingReasons.resolution;
 * //=> ['waiting-for-user', 'waiting-for-third-party']
 * ```
 */
export const defaultTicketPolicy: TicketPolicy = /* @__PURE__ */ defineTicketPolicy({
  version: 'seed',
});
