import { describe, expect, it } from 'vitest';
import { problemId } from '../../src/problem/index.js';
import { createBusinessCalendar } from '../../src/sla/business-calendar.js';
import {
  decideTicket,
  defaultTicketPolicy,
  defineTicketPolicy,
  initialTicketState,
  measureTicketSla,
  pauseStopsClock,
  ticketClocks,
  ticketSlaTimelines,
} from '../../src/ticket/index.js';
import {
  alice,
  bob,
  carol,
  handledByAlice,
  I1,
  I2,
  openCommand,
  refusal,
  run,
  t,
  vendor,
} from './ticket-fixtures.js';
import { fieldsOf } from './ticket-stage-view.js';

const opened = run([openCommand()]).state;
const qualified = run(handledByAlice.slice(0, 2)).state;
const handled = run(handledByAlice).state;
const intervening = run([
  ...handledByAlice,
  { type: 'start-intervention', at: t(4), actor: alice, interventionId: I1, nature: 'Check' },
]).state;

describe('opening', () => {
  it('is done by a level-1 technician, once, and pins the policy version', () => {
    expect(refusal(openCommand({ actor: bob }), initialTicketState)).toEqual(['not-level-1']);
    expect(refusal(openCommand(), opened)).toEqual(['ticket-already-open']);
    expect(fieldsOf(opened).policyVersion).toBe('seed');
    expect(fieldsOf(opened).opening?.equipment).toEqual({
      kind: 'pc',
      make: 'Dell',
      model: 'Latitude 7440',
      assetId: 'PC-0042',
    });
  });

  it('nothing but open is accepted before', () => {
    expect(
      refusal({ type: 'inform-user', at: t(1), actor: alice, summary: 'x' }, initialTicketState),
    ).toEqual(['ticket-not-open']);
  });
});

describe('qualification (seed §2.5)', () => {
  const q = {
    type: 'qualify' as const,
    at: t(2),
    actor: alice,
    impact: 'user' as const,
    urgency: 'blocked' as const,
  };

  it('a priority against the matrix needs a reason and is recorded as an override', () => {
    expect(refusal({ ...q, priority: 1 }, opened)).toEqual(['override-reason-required']);
    expect(refusal({ ...q, priority: 1, reason: '   ' }, opened)).toEqual([
      'override-reason-required',
    ]);
    const { state } = run(
      [{ ...q, priority: 1, reason: 'Payroll runs tonight' }],
      undefined,
      opened,
    );
    expect(fieldsOf(state).qualification).toMatchObject({
      matrixPriority: 3,
      priority: 1,
      override: { reason: 'Payroll runs tonight' },
      targets: { detection: { within: { minutes: 1 } }, maxDelay: { hours: 1 } },
    });
  });

  it('the matrix priority given explicitly is no override', () => {
    const { state } = run([{ ...q, priority: 3 }], undefined, opened);
    expect(fieldsOf(state).qualification?.override).toBeUndefined();
  });

  it('is done at level 1', () => {
    expect(refusal({ ...q, actor: bob }, opened)).toEqual(['not-level-1']);
  });
});

describe('taking in charge (seed §4.1, §4.2)', () => {
  const take = { type: 'take-in-charge' as const, at: t(3), actor: alice };

  it('needs the qualification first, and the qualifier', () => {
    expect(refusal({ ...take, mode: 'direct' }, opened)).toEqual(['not-qualified']);
    expect(refusal({ ...take, actor: carol, mode: 'direct' }, qualified)).toEqual([
      'not-the-qualifier',
    ]);
    expect(refusal({ ...take, mode: 'direct' }, handled)).toEqual(['already-taken-in-charge']);
  });

  it('deferred handling goes to another technician of level 1 or 2, who owes a call-back', () => {
    expect(refusal({ ...take, mode: 'deferred', assignee: alice }, qualified)).toEqual([
      'deferred-to-self',
    ]);
    expect(refusal({ ...take, mode: 'deferred', assignee: vendor }, qualified)).toEqual([
      'deferred-level-invalid',
    ]);
    const { state } = run([{ ...take, mode: 'deferred', assignee: carol }], undefined, qualified);
    expect([
      fieldsOf(state).handlingMode,
      fieldsOf(state).handler,
      fieldsOf(state).awaitingAcknowledgement,
    ]).toEqual(['deferred', carol, true]);
    const start = {
      type: 'start-intervention' as const,
      at: t(5),
      actor: carol,
      interventionId: I1,
      nature: 'x',
    };
    expect(refusal(start, state)).toEqual(['acknowledgement-pending']);
    const acked = run([{ type: 'acknowledge', at: t(4), actor: carol }], undefined, state).state;
    expect(refusal(start, acked)).toEqual([]);
    expect(refusal({ type: 'acknowledge', at: t(5), actor: carol }, acked)).toEqual([
      'nothing-to-acknowledge',
    ]);
  });

  it('only the handler works on the call', () => {
    expect(
      refusal(
        { type: 'start-intervention', at: t(5), actor: carol, interventionId: I1, nature: 'x' },
        handled,
      ),
    ).toEqual(['not-the-handler']);
  });
});

describe('interventions and solutions', () => {
  it('an intervention number is used once', () => {
    expect(
      refusal(
        { type: 'start-intervention', at: t(5), actor: alice, interventionId: I1, nature: 'x' },
        intervening,
      ),
    ).toEqual(['intervention-id-taken']);
  });

  it('a report names a known intervention, once', () => {
    const report = {
      type: 'record-report' as const,
      at: t(5),
      actor: alice,
      report: { summary: 's', outcome: 'follow-up' as const },
    };
    expect(refusal({ ...report, interventionId: I2 }, intervening)).toEqual([
      'unknown-intervention',
    ]);
    const { state } = run([{ ...report, interventionId: I1 }], undefined, intervening);
    expect(refusal({ ...report, interventionId: I1 }, state)).toEqual(['report-already-recorded']);
  });

  it('a solution comes from the performer or the handler, while the call is handled', () => {
    const apply = {
      type: 'apply-solution' as const,
      at: t(6),
      interventionId: I1,
      solution: { kind: 'fix' as const, nature: 'definitive' as const, description: 'ok' },
    };
    expect(refusal({ ...apply, actor: carol }, intervening)).toEqual(['not-involved']);
    expect(refusal({ ...apply, actor: alice, interventionId: I2 }, intervening)).toEqual([
      'unknown-intervention',
    ]);
    const resolved = run([{ ...apply, actor: alice }], undefined, intervening).state;
    expect(resolved.status).toBe('resolved');
    expect(refusal({ ...apply, actor: alice, at: t(7) }, resolved)).toEqual(['not-in-progress']);
  });

  it('a solution ends a wait: the call resumes, then is solved', () => {
    const { events } = run(
      [
        { type: 'pause', at: t(5), actor: alice, reason: 'waiting-for-third-party' },
        {
          type: 'apply-solution',
          at: t(30),
          actor: alice,
          interventionId: I1,
          solution: { kind: 'fix', nature: 'temporary', description: 'Workaround' },
        },
      ],
      undefined,
      intervening,
    );
    expect(events.map((e) => e.type)).toEqual([
      'ticket-paused',
      'ticket-resumed',
      'solution-applied',
    ]);
  });
});

describe('malformed parts the handling rules would throw on', () => {
  it('a warranty without a supplier, a contract with a bad delay: refused, not thrown', () => {
    const dispatch = {
      type: 'dispatch-on-site' as const,
      at: t(6),
      actor: alice,
      interventionId: I2,
      performer: alice,
      request: { diagnosis: 'PSU dead', warranty: { supplier: ' ' } },
    };
    expect(refusal(dispatch, handled)).toEqual(['malformed-command']);
    const badDelay = openCommand({
      contract: {
        id: 'C-1',
        entitlement: { onSite: true, interventionDelay: { weeks: 1 } as never },
      },
    });
    expect(refusal(badDelay, initialTicketState)).toEqual(['malformed-command']);
  });

  it.each([
    ['an unknown kind', [{ kind: 'soon' }], 'commitments[0].kind: expected one of'],
    ['no list', { kind: 'best-service' }, 'commitments: expected a list'],
    [
      'a bad delay',
      [{ kind: 'best-service' }, { kind: 'contractual-delay', within: { weeks: 1 } }],
      'commitments[1].within: has an unexpected key "weeks"',
    ],
    [
      'an invalid arrival',
      [{ kind: 'arrival-time', at: new Date(Number.NaN) }],
      'commitments[0].at: expected a valid Date',
    ],
    [
      'a negative duration',
      [{ kind: 'duration', durationMs: -1 }],
      'commitments[0].durationMs: expected a number > 0, got -1',
    ],
  ])('a promise with %s: refused as malformed, not thrown (§2.4)', (_, commitments, reason) => {
    const inform = { type: 'inform-user', at: t(5), actor: alice, summary: 'x', commitments };
    const r = decideTicket(inform as never, handled);
    expect(r.ok ? [] : r.error.map((v) => v.code)).toEqual(['malformed-command']);
    expect(String(r.ok ? '' : r.error[0]?.details?.reason)).toContain(reason);
  });

  it.each([
    [
      'not an object',
      'Driver conflict, rebooted',
      ['note'],
      'note: expected an object, got "Driver conflict, rebooted"',
    ],
    [
      'a part that is not text',
      { diagnosis: 'x', done: 42 },
      ['note', 'done'],
      'note.done: expected a string, got 42',
    ],
  ])('a hand-off note %s: refused as malformed with its path (§4.3.1)', (_, note, path, reason) => {
    const handOff = {
      type: 'hand-off',
      at: t(5),
      actor: alice,
      to: bob,
      situation: { cause: 'beyond-competence' },
      note,
    };
    const r = decideTicket(handOff as never, handled);
    expect(r.ok ? [] : r.error.map((v) => [v.code, v.details?.path, v.details?.reason])).toEqual([
      ['malformed-command', path, reason],
    ]);
  });
});

describe('waits, problems, dates, closed tickets', () => {
  it('pauses once, resumes once', () => {
    const paused = run(
      [{ type: 'pause', at: t(5), actor: alice, reason: 'waiting-for-user' }],
      undefined,
      handled,
    ).state;
    expect(fieldsOf(paused).waiting).toEqual({ reason: 'waiting-for-user', since: t(5) });
    expect(
      refusal({ type: 'pause', at: t(6), actor: alice, reason: 'waiting-for-user' }, paused),
    ).toEqual(['already-paused']);
    expect(
      refusal({ type: 'pause', at: t(6), actor: bob, reason: 'waiting-for-user' }, handled),
    ).toEqual(['not-the-handler']);
    expect(refusal({ type: 'resume', at: t(6), actor: alice }, handled)).toEqual(['not-paused']);
    const resumed = run([{ type: 'resume', at: t(9), actor: alice }], undefined, paused).state;
    expect(fieldsOf(resumed).waiting).toBeUndefined();
    expect(fieldsOf(resumed).pauses).toEqual([
      { reason: 'waiting-for-user', from: t(5), to: t(9) },
    ]);
  });

  it('links a problem once', () => {
    const link = {
      type: 'link-problem' as const,
      at: t(5),
      actor: alice,
      problemId: problemId('PB-1'),
    };
    const { state } = run([link], undefined, handled);
    expect(refusal(link, state)).toEqual(['problem-already-linked']);
  });

  it('refuses a command dated before the last event', () => {
    expect(
      refusal({ type: 'inform-user', at: t(1), actor: alice, summary: 'late' }, handled),
    ).toEqual(['command-before-last-event']);
  });

  it('a closed ticket refuses everything but reopen and link-problem', () => {
    const closed = run(
      [
        {
          type: 'apply-solution',
          at: t(6),
          actor: alice,
          interventionId: I1,
          solution: { kind: 'fix', nature: 'definitive', description: 'ok' },
        },
        {
          type: 'record-report',
          at: t(7),
          actor: alice,
          interventionId: I1,
          report: { summary: 's', outcome: 'finished' },
        },
        { type: 'close', at: t(8), actor: alice },
      ],
      undefined,
      intervening,
    ).state;
    expect(refusal({ type: 'inform-user', at: t(9), actor: alice, summary: 'x' }, closed)).toEqual([
      'ticket-closed',
    ]);
    expect(refusal({ type: 'close', at: t(9), actor: alice }, closed)).toEqual(['ticket-closed']);
    expect(refusal({ type: 'reopen', at: t(9), actor: bob, reason: 'x' }, closed)).toEqual([
      'not-level-1',
    ]);
    expect(refusal({ type: 'reopen', at: t(9), actor: alice, reason: 'x' }, handled)).toEqual([
      'not-resolved',
    ]);
  });
});

describe('the policy pinned to the ticket', () => {
  const acme = defineTicketPolicy({
    version: 'acme-2',
    slaTable: defaultTicketPolicy.slaTable,
    reopenWindow: { days: 10 },
  });

  it('refuses to decide under another version until an explicit re-baseline', () => {
    const inform = { type: 'inform-user' as const, at: t(5), actor: alice, summary: 'x' };
    expect(refusal(inform, handled, acme)).toEqual(['policy-version-mismatch']);
    const rebaseline = {
      type: 'rebaseline-policy' as const,
      at: t(5),
      actor: alice,
      reason: 'New contract',
    };
    expect(refusal(rebaseline, handled)).toEqual(['policy-already-in-force']);
    const { state, events } = run([rebaseline], acme, handled);
    expect(events[0]).toMatchObject({
      type: 'policy-rebaselined',
      fromVersion: 'seed',
      toVersion: 'acme-2',
      targets: { resolution: { within: { hours: 1 } } },
    });
    expect(fieldsOf(state).policyVersion).toBe('acme-2');
    expect(fieldsOf(state).rebaselines).toHaveLength(1);
    expect(refusal({ ...inform, at: t(6) }, state, acme)).toEqual([]);
    expect(refusal({ ...inform, at: t(6) }, state)).toEqual(['policy-version-mismatch']);
  });

  it('opens under the version given', () => {
    expect(fieldsOf(run([openCommand()], acme).state).policyVersion).toBe('acme-2');
  });

  it('refuses a bad policy at definition', () => {
    expect(() => defineTicketPolicy({ version: '' })).toThrow(/version/);
    expect(() => defineTicketPolicy({ version: 'x', reopenWindow: { days: 0 } })).toThrow(
      /positive/,
    );
    expect(() =>
      defineTicketPolicy({
        version: 'x',
        pausingReasons: { detection: [], resolution: ['lunch' as never], maxDelay: [] },
      }),
    ).toThrow(/pausingReasons.resolution/);
    expect(() => defineTicketPolicy({ version: 'x', requireHandoffNote: 'yes' as never })).toThrow(
      /"requireHandoffNote" must be true or false, got "yes"/,
    );
  });

  it('requires a note on every hand-off unless the policy says otherwise (§4.3.1)', () => {
    expect(defaultTicketPolicy.requireHandoffNote).toBe(true);
    expect(defineTicketPolicy({ version: 'x' }).requireHandoffNote).toBe(true);
    expect(defineTicketPolicy({ version: 'x', requireHandoffNote: false }).requireHandoffNote).toBe(
      false,
    );
  });

  it('counts the reopening window in working time of the calendar', () => {
    const desk = createBusinessCalendar({
      timeZone: 'UTC',
      hours: Object.fromEntries(
        ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => [
          d,
          [['09:00', '18:00']],
        ]),
      ),
    });
    const policy = defineTicketPolicy({
      version: 'desk',
      calendar: desk,
      reopenWindow: { days: 1 },
    });
    const friday = (h: number, m = 0) => new Date(Date.UTC(2026, 2, 6, h, m));
    const monday = (h: number, m = 0) => new Date(Date.UTC(2026, 2, 9, h, m));
    const resolved = run(
      [
        openCommand({ at: friday(16) }),
        { type: 'qualify', at: friday(16, 1), actor: alice, impact: 'user', urgency: 'degraded' },
        { type: 'take-in-charge', at: friday(16, 2), actor: alice, mode: 'direct' },
        {
          type: 'start-intervention',
          at: friday(16, 3),
          actor: alice,
          interventionId: I1,
          nature: 'x',
        },
        {
          type: 'apply-solution',
          at: friday(17),
          actor: alice,
          interventionId: I1,
          solution: { kind: 'fix', nature: 'definitive', description: 'ok' },
        },
      ],
      policy,
    ).state;
    const reopen = { type: 'reopen' as const, actor: alice, reason: 'again' };
    expect(refusal({ ...reopen, at: monday(17) }, resolved, policy)).toEqual([]);
    expect(refusal({ ...reopen, at: monday(17, 1) }, resolved, policy)).toEqual([
      'reopen-window-elapsed',
    ]);
  });
});

describe('SLA clocks from the events (seed §2.5.2.4)', () => {
  const waitedAndSolved = run(
    [
      { type: 'pause', at: t(10), actor: alice, reason: 'waiting-for-user' },
      { type: 'resume', at: t(40), actor: alice },
      {
        type: 'apply-solution',
        at: t(70),
        actor: alice,
        interventionId: I1,
        solution: { kind: 'fix', nature: 'definitive', description: 'ok' },
      },
    ],
    undefined,
    intervening,
  ).state;

  it('builds detection, resolution and maximum-delay timelines', () => {
    expect(ticketSlaTimelines(waitedAndSolved)).toEqual({
      detection: { start: t(0), pauses: [], stop: t(3) },
      resolution: { start: t(0), pauses: [{ from: t(10), to: t(40) }], stop: t(70) },
      maxDelay: { start: t(0), pauses: [], stop: t(70) },
    });
  });

  it('measures them against the targets stamped at qualification (priority 3)', () => {
    const m = measureTicketSla(waitedAndSolved, t(200));
    expect([m?.detection.state, m?.detection.elapsedMs]).toEqual(['met', 3 * 60_000]);
    expect([m?.resolution.state, m?.resolution.elapsedMs]).toEqual(['met', 40 * 60_000]);
    expect([m?.maxDelay.state, m?.maxDelay.elapsedMs]).toEqual(['met', 70 * 60_000]);
  });

  it('which pause stops which clock: resolved time stops the resolution clocks only; a wait the clocks the policy lists', () => {
    const stops = (policy = defaultTicketPolicy) =>
      ticketClocks.map((clock) => [
        clock,
        pauseStopsClock('resolved', clock, policy),
        pauseStopsClock('waiting-for-user', clock, policy),
      ]);
    expect(stops()).toEqual([
      // The seed's policy: waiting for the user stops only the resolution clock.
      ['detection', false, false],
      ['resolution', true, true],
      ['maxDelay', true, false],
    ]);
    const strict = defineTicketPolicy({
      version: 'strict',
      pausingReasons: { detection: [], resolution: [], maxDelay: [] },
    });
    expect(stops(strict)).toEqual([
      ['detection', false, false],
      ['resolution', true, false],
      ['maxDelay', true, false],
    ]);
  });

  it('a policy where waits do not pause the resolution clock breaches it', () => {
    const strict = defineTicketPolicy({
      version: 'strict',
      pausingReasons: { detection: [], resolution: [], maxDelay: [] },
    });
    const state = { ...waitedAndSolved, policyVersion: 'strict' };
    expect(measureTicketSla(state, t(200), strict)?.resolution.state).toBe('breached');
  });

  it('a reopened call counts again in the resolution clock, not while it stood resolved', () => {
    const reopened = run(
      [{ type: 'reopen', at: t(100), actor: alice, reason: 'again' }],
      undefined,
      waitedAndSolved,
    ).state;
    expect(ticketSlaTimelines(reopened).resolution).toEqual({
      start: t(0),
      pauses: [
        { from: t(10), to: t(40) },
        { from: t(70), to: t(100) },
      ],
    });
    expect(
      [t(110), t(121)].map((at) => {
        const m = measureTicketSla(reopened, at);
        return [m?.resolution.state, m?.resolution.elapsedMs];
      }),
    ).toEqual([
      ['running', 50 * 60_000],
      ['breached', 61 * 60_000],
    ]);
  });

  it('has no measure before qualification and refuses another policy', () => {
    expect(measureTicketSla(opened, t(5))).toBeUndefined();
    expect(() => measureTicketSla(opened, t(5), defineTicketPolicy({ version: 'other' }))).toThrow(
      /pinned to "seed"/,
    );
  });
});

describe('decideTicket never mutates the state', () => {
  it('leaves a frozen state untouched', () => {
    const frozen = Object.freeze(structuredClone(intervening));
    expect(() => decideTicket({ type: 'close', at: t(9), actor: alice }, frozen)).not.toThrow();
  });
});

describe('the call-back a deferred handling owes the user (seed §2, §4.2)', () => {
  it('is owed once the call is deferred, and paid when the handler informs the user', () => {
    const deferred = run(
      [{ type: 'take-in-charge', at: t(3), actor: alice, mode: 'deferred', assignee: carol }],
      undefined,
      qualified,
    ).state;
    expect(fieldsOf(deferred).callBackPending).toBe(true);
    const byOpener = run(
      [{ type: 'inform-user', at: t(4), actor: alice, summary: 'Carol will call you' }],
      undefined,
      deferred,
    ).state;
    expect(fieldsOf(byOpener).callBackPending).toBe(true);
    const called = run(
      [{ type: 'inform-user', at: t(5), actor: carol, summary: 'Carol here' }],
      undefined,
      byOpener,
    ).state;
    expect(fieldsOf(called).callBackPending).toBe(false);
    expect(fieldsOf(handled).callBackPending).toBe(false);
  });
});
