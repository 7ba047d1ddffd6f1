import { stoppedClockMet } from '../sla/sla-clock.js';
import type { WorkingDuration } from '../sla/working-duration.js';
import type { TicketIndicatorProjection } from '../ticket/ticket-indicator-projection.js';
import type { TicketClock, TicketPolicy } from '../ticket/ticket-policy.js';
import { stopsClock } from '../ticket/ticket-sla.js';
import type { Contribution } from './indicator-aggregate.js';

/**
 * What a ticket closing at `closedAt` adds to the indicators, read from its projection: solved
 * at level 1 when never handed off and its last solution is definitive and by level 1 (seed
 * §1.1); its wall-clock time to resolve; its detection and resolution clocks measured at the
 * closing on the pinned policy's calendar, with the pauses that policy lets stop each clock;
 * its resolver, the assignment group holding it and its category.
 *
 * @see seed §1.1, §2.5.2.4
 * @example
 * ```ts
 * const p = { ...initialTicketIndicators, stage: 'closed', opening: { at: new Date(0) }, policyVersion: 'seed',
 *   qualification: { priority: 1, targets: slaTargetsFor(1) }, takenInChargeAt: new Date(30_000),
 *   resolvedAt: new Date(300_000), lastSolutionAtLevel1: true, closedAt: new Date(360_000) } as const;
 * closedTicketContribution(p, defaultTicketPolicy, new Date(360_000));
 * //=> { priority: 1, atLevel1: true, timeToResolveMs: 300_000, detectionMet: true, resolutionMet: true, underQualifiedMs: undefined, resolvedBy: undefined, group: undefined, category: undefined }
 * ```
 */
export function closedTicketContribution(
  p: TicketIndicatorProjection,
  policy: TicketPolicy,
  closedAt: Date,
): Contribution {
  const q = p.qualification;
  const openedAt = p.opening?.at ?? closedAt;
  let detectionMet: boolean | undefined;
  let resolutionMet: boolean | undefined;
  if (q !== undefined) {
    // Without pauses a ticket's clocks are plain start → stop timelines; with pauses, the
    // ticket module decides which pause stops which clock.
    // Both clocks are stopped by the closing or not met: read without re-checking what the
    // projection holds, leaving out the pauses the pinned policy lets stop each clock.
    const calendar = policy.calendar;
    const from = openedAt.getTime();
    const at = closedAt.getTime();
    const met = (stop: Date | undefined, within: WorkingDuration, clock: TicketClock) => {
      const ms = stop?.getTime();
      return (
        ms !== undefined &&
        ms <= at &&
        stoppedClockMet(calendar, from, ms, within, p.pauses, (pause) =>
          stopsClock(pause.reason, clock, policy),
        )
      );
    };
    detectionMet = met(p.takenInChargeAt, q.targets.detection.within, 'detection');
    resolutionMet = met(p.resolvedAt, q.targets.resolution.within, 'resolution');
  }
  return {
    priority: q?.priority,
    atLevel1: p.transfers + p.escalations === 0 && p.lastSolutionAtLevel1,
    timeToResolveMs:
      p.resolvedAt === undefined
        ? undefined
        : Math.max(0, p.resolvedAt.getTime() - openedAt.getTime()),
    detectionMet,
    resolutionMet,
    underQualifiedMs: underQualifiedMs(p),
    resolvedBy: p.resolvedBy,
    group: p.group,
    category: p.category,
  };
}

/**
 * The wall-clock time a ticket spent under a priority less urgent than its current one (seed
 * §3: « une erreur à ce niveau peut être lourde de conséquences »); `undefined` when none.
 *
 * @see seed §3
 * @example
 * ```ts
 * underQualifiedMs({ ...initialTicketIndicators, qualification: { priority: 1, targets: slaTargetsFor(1) },
 *   earlierPriorities: [{ priority: 3, from: new Date(0), to: new Date(600_000) }] });
 * //=> 600_000
 * ```
 */
export function underQualifiedMs(p: TicketIndicatorProjection): number | undefined {
  const final = p.qualification?.priority;
  if (final === undefined) return undefined;
  let ms: number | undefined;
  for (const e of p.earlierPriorities) {
    if (e.priority > final) ms = (ms ?? 0) + (e.to.getTime() - e.from.getTime());
  }
  return ms;
}
