import type { Priority } from '../qualification/levels.js';
import { measureSla, type SlaClockState, type SlaMeasurement } from '../sla/sla-clock.js';
import type { TicketIndicatorProjection } from '../ticket/ticket-indicator-projection.js';
import { type TicketClock, type TicketPolicy, ticketClocks } from '../ticket/ticket-policy.js';
import { ticketSlaTimelines } from '../ticket/ticket-sla.js';

/**
 * One clock of an open ticket at a snapshot: its state, when it is (or was) due, the working
 * time left (negative once overdue, by the overrun), the share of its target used, and the
 * next alert threshold with the instant it will be reached if the clock runs on (`null` when
 * every threshold is reached or the clock has stopped).
 *
 * @see seed §2.5.2.4
 */
export interface OpenClock {
  readonly clock: TicketClock;
  readonly state: SlaClockState;
  readonly dueAt: Date;
  /** Working ms left before `dueAt`; negative once overdue. */
  readonly remainingMs: number;
  /** Working ms past `dueAt` once breached, else 0. */
  readonly overdueMs: number;
  readonly ratio: number;
  readonly nextAlert: { readonly ratio: number; readonly at: Date } | null;
}

/**
 * An open ticket in the « breaching now » list: its priority, opening, and each of its three
 * clocks (detection, resolution, maximum delay) as measured at the snapshot; `urgencyMs` is
 * the least working time left among its running or paused clocks (negative when overdue),
 * the key the list is ordered by.
 *
 * @see seed §2.5.2.4
 */
export interface AtRiskTicket {
  readonly ticketId: string;
  readonly priority: Priority;
  readonly openedAt: Date;
  readonly policyVersion: string;
  readonly urgencyMs: number;
  readonly clocks: readonly OpenClock[];
}

/** Options of the at-risk list. */
export interface AtRiskOptions {
  /** At most this many tickets, the most urgent first; all by default. */
  readonly limit?: number;
  /** Alert thresholds as ratios of the target, ascending; `[0.5, 0.75, 1]` by default. */
  readonly thresholds?: readonly number[];
}

function openClock(clock: TicketClock, m: SlaMeasurement): OpenClock {
  return {
    clock,
    state: m.state,
    dueAt: m.dueAt,
    remainingMs: m.remainingMs,
    overdueMs: m.state === 'breached' ? Math.max(0, -m.remainingMs) : 0,
    ratio: m.ratio,
    nextAlert: m.thresholds.next,
  };
}

/**
 * The clocks of an open, qualified ticket at `at`, measured on its pinned policy's calendar
 * with that policy's pauses (as `measureTicketSla` does); `undefined` for a ticket not open, not
 * qualified, opened after `at`, or whose clocks reach beyond the calendars' cap (366,000 days
 * between its opening and `at`: they cannot be measured, docs/sla.md).
 *
 * @see seed §2.5.2.4
 * @example
 * ```ts
 * const p = { ...initialTicketIndicators, stage: 'open', opening: { at: new Date(0) }, policyVersion: 'seed',
 *   qualification: { priority: 1, targets: slaTargetsFor(1) } } as const;
 * openTicketClocks('T1', p, defaultTicketPolicy, new Date(120_000))?.clocks[0]?.state;
 * //=> 'breached'
 * ```
 */
export function openTicketClocks(
  ticketId: string,
  p: TicketIndicatorProjection,
  policy: TicketPolicy,
  at: Date,
  thresholds?: readonly number[],
): AtRiskTicket | undefined {
  const q = p.qualification;
  const openedAt = p.opening?.at;
  if (p.stage !== 'open' || q === undefined || openedAt === undefined) return undefined;
  if (openedAt.getTime() > at.getTime()) return undefined;
  const timelines = ticketSlaTimelines(p, policy);
  const options =
    thresholds === undefined
      ? { at, calendar: policy.calendar }
      : { at, calendar: policy.calendar, thresholds };
  const targets = {
    detection: q.targets.detection.within,
    resolution: q.targets.resolution.within,
    maxDelay: q.targets.maxDelay,
  };
  let clocks: OpenClock[];
  try {
    clocks = ticketClocks.map((clock) =>
      openClock(clock, measureSla(timelines[clock], targets[clock], options)),
    );
  } catch (error) {
    // Clocks reaching beyond the calendars' cap (opened more than 366,000 days before `at`)
    // cannot be measured: the ticket is left out rather than failing the whole reading.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  let urgencyMs = Number.POSITIVE_INFINITY;
  for (const c of clocks) {
    if (!clockStopped(p, c.clock) && c.remainingMs < urgencyMs) urgencyMs = c.remainingMs;
  }
  return {
    ticketId,
    priority: q.priority,
    openedAt,
    policyVersion: policy.version,
    urgencyMs,
    clocks,
  };
}

/**
 * Whether a ticket's clock has stopped: detection once taken in charge, the others once
 * resolved (a reopening starts them again).
 *
 * @example
 * ```ts
 * clockStopped({ ...initialTicketIndicators, takenInChargeAt: new Date(0) }, 'detection');
 * //=> true
 * ```
 */
export function clockStopped(p: TicketIndicatorProjection, clock: TicketClock): boolean {
  return clock === 'detection' ? p.takenInChargeAt !== undefined : p.resolvedAt !== undefined;
}
