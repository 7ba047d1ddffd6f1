import { fc } from '@fast-check/vitest';
import type { IndicatorEntry } from '../../src/metrics/index.js';
import { interventionId, type TicketCommand } from '../../src/ticket/index.js';
import { alice, bob, carol, History, open, t } from './metrics-fixtures.js';

/** Random desk histories driven through the real decider, shared by the metrics properties. */

export type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** A random path for one ticket through the seed's handling (§4, §5, §6). */
export const path = fc.record({
  impact: fc.constantFrom('company', 'department', 'user'),
  urgency: fc.constantFrom('blocked', 'degraded', 'can-wait'),
  handoff: fc.constantFrom('none', 'none', 'beyond-competence', 'level-1-task-failed'),
  temporaryFirst: fc.boolean(),
  paused: fc.boolean(),
  reported: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  closer: fc.constantFrom(alice, alice, alice, carol),
  closes: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  reopens: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  // Issue 11 item 3: the category given at qualification (a requalification may change it)
  // and the group the call is given to, at the taking in charge and at the hand-off.
  category: fc.constantFrom(undefined, 'réseau', 'bureautique', 'poste de travail'),
  recategorised: fc.constantFrom(undefined, undefined, 'réseau', 'messagerie'),
  group: fc.constantFrom(undefined, 'niveau 1', 'bureautique'),
  handoffGroup: fc.constantFrom(undefined, 'niveau 2', 'réseau'),
});

/** The commands of one path, each built for the instant it is tried at. */
export function script(id: string, p: ValueOf<typeof path>): ((at: Date) => TicketCommand)[] {
  const handler = p.handoff === 'none' ? alice : bob;
  const I = interventionId(`${id}-I1`);
  const I2 = interventionId(`${id}-I2`);
  const solve =
    (nature: 'temporary' | 'definitive', intervention = I) =>
    (at: Date): TicketCommand => ({
      type: 'apply-solution',
      at,
      actor: handler,
      interventionId: intervention,
      solution: { kind: 'fix', nature, description: nature },
    });
  const report =
    (intervention = I) =>
    (at: Date): TicketCommand => ({
      type: 'record-report',
      at,
      actor: handler,
      interventionId: intervention,
      report: { summary: 'Done', outcome: 'finished' },
    });
  const label = <K extends string>(key: K, value: string | undefined) =>
    (value === undefined ? {} : { [key]: value }) as { readonly [_ in K]?: string };
  const steps: ((at: Date) => TicketCommand)[] = [
    (at) => open(id, at),
    (at) => ({
      type: 'qualify',
      at,
      actor: alice,
      impact: p.impact,
      urgency: p.urgency,
      ...label('category', p.category),
    }),
    (at) => ({
      type: 'take-in-charge',
      at,
      actor: alice,
      mode: 'direct',
      ...label('group', p.group),
    }),
  ];
  if (p.recategorised !== undefined) {
    const category = p.recategorised;
    steps.push((at) => ({
      type: 'qualify',
      at,
      actor: alice,
      impact: p.impact,
      urgency: p.urgency,
      category,
    }));
  }
  if (p.handoff !== 'none') {
    const cause = p.handoff;
    steps.push((at) => ({
      type: 'hand-off',
      at,
      actor: alice,
      to: bob,
      situation: { cause },
      note: { diagnosis: 'Not solved at level 1', done: 'Followed the procedure' },
      ...label('group', p.handoffGroup),
    }));
    steps.push((at) => ({ type: 'acknowledge', at, actor: bob }));
  }
  steps.push((at) => ({
    type: 'start-intervention',
    at,
    actor: handler,
    interventionId: I,
    nature: 'Work',
  }));
  if (p.paused) {
    steps.push((at) => ({ type: 'pause', at, actor: handler, reason: 'waiting-for-user' }));
    steps.push((at) => ({ type: 'resume', at, actor: handler }));
  }
  if (p.temporaryFirst) steps.push(solve('temporary'));
  steps.push(solve('definitive'));
  if (p.reported) steps.push(report());
  if (p.closes) steps.push((at) => ({ type: 'close', at, actor: p.closer }));
  if (p.reopens) {
    steps.push((at) => ({ type: 'reopen', at, actor: alice, reason: 'Fails again' }));
    steps.push((at) => ({
      type: 'start-intervention',
      at,
      actor: alice,
      interventionId: I2,
      nature: 'Again',
    }));
    steps.push(solve('definitive', I2));
    steps.push(report(I2));
    steps.push((at) => ({ type: 'close', at, actor: alice }));
  }
  return steps;
}

export const desk = fc.record({
  paths: fc.array(path, { minLength: 1, maxLength: 5 }),
  // Short gaps as often as long ones, so that clocks end on both sides of their targets
  // (priority 1 resolves within 10 minutes, priority 3 within an hour).
  turns: fc.array(
    fc.record({
      ticket: fc.nat(),
      gap: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })),
      // A call that ends at this turn, now and then: abandoned or answered, after a wait
      // on both sides of the service-level (20 s) and short-abandon (5 s) thresholds.
      call: fc.option(
        fc.record({ abandoned: fc.boolean(), waitedMs: fc.integer({ min: 0, max: 40_000 }) }),
        { freq: 3 },
      ),
    }),
    {
      minLength: 40,
      maxLength: 120,
    },
  ),
  calls: fc.array(fc.boolean(), { maxLength: 10 }),
});

/** Interleaves the tickets' scripts; a command the decider refuses leaves no trace. */
export function randomHistory({ paths, turns, calls }: ValueOf<typeof desk>): IndicatorEntry[] {
  const h = new History();
  const scripts = paths.map((p, k) => script(`T${k}`, p));
  const next = scripts.map(() => 0);
  let minute = 0;
  for (const turn of turns) {
    minute += turn.gap;
    if (turn.call !== null) {
      const { abandoned, waitedMs } = turn.call;
      h.call(abandoned ? 'call-abandoned' : 'call-answered', t(minute), waitedMs);
    }
    const k = turn.ticket % scripts.length;
    const command = scripts[k]?.[next[k] ?? 0];
    if (command === undefined) continue;
    h.try(`T${k}`, command(t(minute)));
    next[k] = (next[k] ?? 0) + 1;
  }
  for (const abandoned of calls) h.call(abandoned ? 'call-abandoned' : 'call-answered', t(minute));
  return h.entries;
}
