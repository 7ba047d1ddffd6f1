import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  changeRef,
  createKnownErrorBase,
  decideProblem,
  defineProblemPolicy,
  evolveProblem,
  type IncidentRef,
  initialProblemState,
  type KnownError,
  knownErrorOf,
  type Problem,
  type ProblemActor,
  type ProblemCommand,
  type ProblemEvent,
  type ProblemState,
  problemDecider,
  problemId,
  problemViolationCodes,
  replayProblem,
  type SolutionKind,
} from '../../src/problem/index.js';
import {
  ana,
  at,
  INC,
  leo,
  lifecycle,
  lifecyclePath,
  nina,
  PB,
  run,
  vendor,
} from './problem-fixtures.js';

const resolve = lifecycle.resolve;
const fullPath = lifecyclePath;

function codes(command: ProblemCommand, state: ProblemState, policy = defineProblemPolicy()) {
  const result = decideProblem(command, state, policy);
  return result.ok ? [] : result.error.map((v) => v.code);
}

function stateAfter(n: number): ProblemState {
  return run(fullPath.slice(0, n)).state;
}

describe('the problem lifecycle (seed §4.4)', () => {
  it('records a problem with its incidents, cause unknown (§4.4.1)', () => {
    const { state, events } = run([lifecycle.record]);
    expect(events).toEqual([
      {
        type: 'problem-recorded',
        problemId: PB,
        at: at(0),
        by: leo,
        title: 'Imprimante du 2e étage hors ligne',
        symptom: "L'imprimante n'imprime plus, file bloquée",
        equipment: 'Imprimante HP LaserJet 4000',
        category: 'Impression',
        keywords: ['impression', 'spouleur'],
        description: 'Trois appels depuis lundi, même étage.',
        incidents: [INC(1), INC(2)],
      },
    ]);
    expect(state).toMatchObject({ status: 'open', incidents: [INC(1), INC(2)], solutions: [] });
    expect((state as Problem).cause).toBeUndefined();
  });

  it('goes problem → known error → resolved → closed, one event per command', () => {
    const { state, events } = run(fullPath);
    expect(events.map((e) => e.type)).toEqual([
      'problem-recorded',
      'incidents-linked',
      'cause-recorded',
      'solution-recorded',
      'known-error-declared',
      'problem-resolved',
      'problem-closed',
    ]);
    expect(state).toMatchObject({
      status: 'closed',
      incidents: [INC(1), INC(2), INC(3)],
      cause: { description: 'Pilote 4.2 incompatible avec la mise à jour de sécurité', by: ana },
      solutions: [{ kind: 'workaround', description: 'Imprimer vers la file « etage2-secours ».' }],
      change: 'CHG-77',
      recordedAt: at(0),
      knownErrorAt: at(70),
      resolvedAt: at(600),
      closedAt: at(700),
      lastEventAt: at(700),
      version: 7,
    });
  });

  it.each([
    [1, 'open'],
    [4, 'open'],
    [5, 'known-error'],
    [6, 'resolved'],
    [7, 'closed'],
  ] as const)('after %i commands the status is %s', (n, status) => {
    expect(stateAfter(n).status).toBe(status);
  });

  it('links more incidents while open and while a known error', () => {
    const more = { ...lifecycle.link, at: at(80), incidents: [INC(4), INC(5)] };
    expect((run([...fullPath.slice(0, 5), more]).state as Problem).incidents).toEqual(
      [1, 2, 3, 4, 5].map(INC),
    );
  });

  it('records a permanent fix after the workaround, and revises the cause', () => {
    const fix = {
      ...lifecycle.workaround,
      at: at(90),
      kind: 'fix',
      description: 'Installer le pilote 4.3.',
    } as const;
    const cause = { ...lifecycle.cause, at: at(95), cause: 'Pilote 4.2 défectueux' };
    const state = run([...fullPath.slice(0, 5), fix, cause]).state as Problem;
    expect(state.status).toBe('known-error');
    expect(state.solutions.map((s) => s.kind)).toEqual(['workaround', 'fix']);
    expect(state.cause?.description).toBe('Pilote 4.2 défectueux');
  });
});

describe('refusals', () => {
  it('refuses a known error without a cause, or without a workaround or fix (§4.4.2)', () => {
    expect(codes(lifecycle.declare, stateAfter(2))).toEqual([
      'problem-cause-unknown',
      'problem-no-workaround',
    ]);
    expect(codes(lifecycle.declare, stateAfter(3))).toEqual(['problem-no-workaround']);
    expect(codes(lifecycle.declare, run([lifecycle.record, lifecycle.workaround]).state)).toEqual([
      'problem-cause-unknown',
    ]);
  });

  it('gives fr and en messages', () => {
    const result = decideProblem(lifecycle.declare, stateAfter(3));
    expect(result).toEqual({
      ok: false,
      error: [
        {
          code: 'problem-no-workaround',
          message: {
            fr: "Un problème ne devient une erreur connue qu'une fois une solution de contournement provisoire ou permanente identifiée.",
            en: 'A problem becomes a known error only once a temporary workaround or a permanent fix is identified.',
          },
        },
      ],
    });
  });

  it.each([
    ['close before resolution (open)', lifecycle.close, 4, 'problem-not-resolved'],
    ['close before resolution (known error)', lifecycle.close, 5, 'problem-not-resolved'],
    ['resolve before known error', resolve, 4, 'problem-not-known-error'],
    ['declare twice', lifecycle.declare, 5, 'problem-already-known-error'],
    ['resolve twice', resolve, 6, 'problem-already-resolved'],
    ['link once resolved', lifecycle.link, 6, 'problem-already-resolved'],
    ['record a cause once resolved', lifecycle.cause, 6, 'problem-already-resolved'],
    ['close twice', lifecycle.close, 7, 'problem-closed'],
    ['link once closed', lifecycle.link, 7, 'problem-closed'],
    ['record twice', lifecycle.record, 1, 'problem-already-recorded'],
    ['link before recording', lifecycle.link, 0, 'problem-not-recorded'],
    ['close before recording', lifecycle.close, 0, 'problem-not-recorded'],
  ] as const)('refuses to %s', (_, command, after, code) => {
    expect(codes({ ...command, at: at(1000) } as ProblemCommand, stateAfter(after))).toEqual([
      code,
    ]);
  });

  it('refuses an actor the policy does not allow (§4.4.1, §4.4.2)', () => {
    expect(codes({ ...lifecycle.record, actor: ana }, initialProblemState)).toEqual([
      'problem-actor-not-allowed',
    ]);
    expect(codes({ ...lifecycle.cause, actor: leo }, stateAfter(2))).toEqual([
      'problem-actor-not-allowed',
    ]);
    expect(codes({ ...lifecycle.close, actor: vendor }, stateAfter(6))).toEqual([
      'problem-actor-not-allowed',
    ]);
    // a level-1 technician of a specialist group investigates (« groupe réseau »)
    expect(codes({ ...lifecycle.cause, actor: nina }, stateAfter(2))).toEqual([]);
    // « la tendance actuelle va vers le niveau 1 »: an organisation lets level 1 investigate
    const policy = defineProblemPolicy({ investigate: { levels: [1, 2] } });
    expect(codes({ ...lifecycle.cause, actor: leo }, stateAfter(2), policy)).toEqual([]);
  });

  it('names the actor and step in the refusal', () => {
    const result = decideProblem({ ...lifecycle.cause, actor: leo }, stateAfter(2));
    expect(result).toEqual({
      ok: false,
      error: [
        {
          code: 'problem-actor-not-allowed',
          message: {
            fr: "Le technicien n1-leo (niveau 1) n'est pas habilité à cette étape (investigate).",
            en: 'Technician n1-leo (level 1) may not take this step (investigate).',
          },
          details: { actorId: 'n1-leo', level: 1, step: 'investigate' },
        },
      ],
    });
  });

  it('reports every content violation at once, with the actor violation', () => {
    expect(
      codes(
        {
          ...lifecycle.record,
          actor: ana,
          title: '  ',
          incidents: [INC(1), INC(1)],
          symptom: '',
          keywords: ['ok', ''],
        },
        initialProblemState,
      ),
    ).toEqual([
      'problem-actor-not-allowed',
      'problem-field-required',
      'problem-incident-listed-twice',
      'problem-field-invalid',
      'problem-field-invalid',
    ]);
  });

  it.each([
    [
      'a problem without incident',
      { ...lifecycle.record, incidents: [] },
      0,
      'problem-without-incident',
    ],
    ['linking no incident', { ...lifecycle.link, incidents: [] }, 1, 'problem-without-incident'],
    [
      'an incident already linked',
      { ...lifecycle.link, incidents: [INC(2)] },
      1,
      'problem-incident-already-linked',
    ],
    ['an empty cause', { ...lifecycle.cause, cause: '' }, 2, 'problem-field-required'],
    [
      'an empty solution',
      { ...lifecycle.workaround, description: ' ' },
      2,
      'problem-field-required',
    ],
    [
      'an unknown solution kind',
      { ...lifecycle.workaround, kind: 'loan' as never },
      2,
      'problem-field-invalid',
    ],
    ['an empty change', { ...resolve, change: '' as never }, 5, 'problem-field-required'],
    [
      'a command dated before the last event',
      { ...lifecycle.cause, at: at(5) },
      2,
      'problem-time-before-last-event',
    ],
    [
      'a command for another problem',
      { ...lifecycle.cause, problemId: problemId('PB-2') },
      2,
      'problem-id-mismatch',
    ],
  ] as const)('refuses %s', (_, command, after, code) => {
    expect(codes(command as ProblemCommand, stateAfter(after))).toEqual([code]);
  });

  it('refuses unknown commands', () => {
    const unknown = { type: 'delete-problem', problemId: PB, at: at(1), actor: ana };
    expect(codes(unknown as unknown as ProblemCommand, stateAfter(1))).toEqual([
      'problem-unknown-command',
    ]);
    expect(codes(null as unknown as ProblemCommand, stateAfter(1))).toEqual([
      'problem-unknown-command',
    ]);
  });

  it('refuses a malformed envelope as a value, with its path, like decideTicket', () => {
    const paths = (command: unknown) => {
      const r = decideProblem(command as ProblemCommand, initialProblemState);
      return r.ok ? [] : r.error.map((v) => [v.code, v.details?.path]);
    };
    expect(paths({ ...lifecycle.record, at: new Date(Number.NaN) })).toEqual([
      ['problem-malformed-command', ['at']],
    ]);
    expect(paths({ ...lifecycle.record, actor: { id: '', level: 1 } })).toEqual([
      ['problem-malformed-command', ['actor', 'id']],
    ]);
    expect(paths({ ...lifecycle.record, actor: { id: 'x', level: 4 } })).toEqual([
      ['problem-malformed-command', ['actor', 'level']],
    ]);
    expect(paths({ ...lifecycle.record, problemId: '' })).toEqual([
      ['problem-malformed-command', ['problemId']],
    ]);
  });

  it('refuses a type that is not a string, without throwing (10.2)', () => {
    for (const type of [
      Object.create(null),
      1n,
      Symbol('x'),
      { toString: () => 'record-problem' },
    ]) {
      const r = decideProblem({ ...lifecycle.record, type } as never, initialProblemState);
      expect(r.ok ? [] : r.error.map((v) => v.code)).toEqual(['problem-unknown-command']);
    }
  });

  it('every code used has fr and en messages and is listed', () => {
    expect(new Set(problemViolationCodes).size).toBe(problemViolationCodes.length);
    for (const code of problemViolationCodes) expect(code).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });
});

describe('evolve and replay', () => {
  it('replays to the state the decider built', () => {
    const { state, events } = run(fullPath);
    expect(replayProblem(events)).toEqual(state);
    expect(replayProblem(events.slice(3), replayProblem(events.slice(0, 3)))).toEqual(state);
  });

  it('refuses events that do not belong to the state', () => {
    const { events } = run(fullPath);
    expect(() => evolveProblem(initialProblemState, events[1] as ProblemEvent)).toThrow(TypeError);
    expect(() => replayProblem([events[0] as ProblemEvent, events[0] as ProblemEvent])).toThrow(
      /already recorded/,
    );
    const other = { ...(events[1] as ProblemEvent), problemId: problemId('PB-2') };
    expect(() => evolveProblem(stateAfter(1), other)).toThrow(/PB-2/);
  });

  it('exposes the decider object for generic command handlers', () => {
    expect(problemDecider.initialState).toEqual({ status: 'unrecorded' });
    expect(problemDecider.decide).toBe(decideProblem);
    expect(problemDecider.evolve).toBe(evolveProblem);
  });
});

// ---- properties -------------------------------------------------------------------------

const actorArb = fc.oneof(
  { arbitrary: fc.constant(ana), weight: 4 },
  { arbitrary: fc.constantFrom(leo, nina, vendor), weight: 3 },
);
const incidentArb = fc.integer({ min: 1, max: 6 }).map(INC);

type Step = readonly [number, ProblemActor, readonly IncidentRef[], string, SolutionKind, boolean];
const stepArb: fc.Arbitrary<Step> = fc.tuple(
  fc.integer({ min: 0, max: 6 }),
  actorArb,
  fc.uniqueArray(incidentArb, { maxLength: 3 }),
  fc.constantFrom('', 'Pilote défectueux', 'Câble HDMI'),
  fc.constantFrom('workaround' as const, 'fix' as const),
  fc.boolean(),
);

function commandOf(
  [kind, actor, incidents, text, solution, otherProblem]: Step,
  when: Date,
): ProblemCommand {
  const base = { problemId: otherProblem && kind > 4 ? problemId('PB-2') : PB, at: when, actor };
  switch (kind) {
    case 0:
      return { ...base, type: 'record-problem', title: text || 'Titre', incidents };
    case 1:
      return { ...base, type: 'link-incidents', incidents };
    case 2:
      return { ...base, type: 'record-cause', cause: text };
    case 3:
      return { ...base, type: 'record-solution', kind: solution, description: text };
    case 4:
      return { ...base, type: 'declare-known-error' };
    case 5:
      return { ...base, type: 'resolve-problem', change: changeRef('CHG-1') };
    default:
      return { ...base, type: 'close-problem' };
  }
}

/** Any command of PB-1 (sometimes PB-2), at any time. */
const commandArb: fc.Arbitrary<ProblemCommand> = fc
  .tuple(stepArb, fc.integer({ min: 0, max: 2000 }))
  .map(([step, minute]) => commandOf(step, at(minute)));

/**
 * A prefix of the seed's path (record → … → close) with random commands (any kind, any
 * actor, sometimes dated earlier) interleaved, so that every stage is reached often.
 */
const historyArb = fc
  .tuple(
    fc.integer({ min: 0, max: fullPath.length }),
    fc.array(
      fc.tuple(stepArb, fc.integer({ min: -5, max: 60 }), fc.nat({ max: fullPath.length })),
      { maxLength: 20 },
    ),
  )
  .map(([length, noise]) => {
    const commands: ProblemCommand[] = [];
    let minute = 0;
    let latest = 0;
    for (let i = 0; i <= length; i++) {
      for (const [step, delta, position] of noise) {
        if (position !== i) continue;
        minute += delta;
        latest = Math.max(latest, minute);
        commands.push(commandOf(step, at(minute)));
      }
      const skeleton = fullPath[i];
      if (i < length && skeleton !== undefined) {
        minute = latest + 1;
        latest = minute;
        commands.push({ ...skeleton, at: at(minute) });
      }
    }
    return commands;
  });

function fold(commands: readonly ProblemCommand[]) {
  let state: ProblemState = initialProblemState;
  const events: ProblemEvent[] = [];
  const states: ProblemState[] = [state];
  for (const command of commands) {
    const result = decideProblem(command, state);
    if (result.ok) {
      for (const e of result.value) {
        state = evolveProblem(state, e);
        events.push(e);
      }
      states.push(state);
    }
  }
  return { state, events, states };
}

describe('invariants', () => {
  test.prop([historyArb])('replaying the same events always gives the same state', (commands) => {
    const { state, events } = fold(commands);
    expect(replayProblem(events)).toEqual(state);
    expect(replayProblem(events)).toEqual(replayProblem(events));
  });

  test.prop([historyArb, commandArb])(
    'a refused command emits nothing and changes nothing',
    (commands, command) => {
      const { state } = fold(commands);
      const before = structuredClone(state);
      const result = decideProblem(command, state);
      expect(state).toEqual(before);
      if (!result.ok) {
        expect(result.error.length).toBeGreaterThan(0);
        for (const v of result.error) expect(problemViolationCodes).toContain(v.code);
      } else {
        expect(result.value).toHaveLength(1);
      }
    },
  );

  test.prop([historyArb])(
    'a known error (and beyond) always has its cause and a workaround or fix',
    (commands) => {
      for (const state of fold(commands).states) {
        if (state.status === 'unrecorded' || state.status === 'open') continue;
        expect(state.cause?.description.trim()).toBeTruthy();
        expect(state.solutions.length).toBeGreaterThan(0);
        const entry = knownErrorOf(state);
        expect(entry).toBeDefined();
        // and the known-error base accepts it as is
        expect(createKnownErrorBase([entry as KnownError]).entries).toEqual([entry]);
      }
    },
  );

  test.prop([historyArb])(
    'status only moves forward: open → known-error → resolved → closed',
    (commands) => {
      const order = ['unrecorded', 'open', 'known-error', 'resolved', 'closed'];
      const ranks = fold(commands).states.map((s) => order.indexOf(s.status));
      for (let i = 1; i < ranks.length; i++) {
        expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1] as number);
        expect((ranks[i] as number) - (ranks[i - 1] as number)).toBeLessThanOrEqual(1);
      }
    },
  );

  test.prop([historyArb])('linked incidents are never duplicated', (commands) => {
    const { state } = fold(commands);
    if (state.status !== 'unrecorded') {
      expect(new Set(state.incidents).size).toBe(state.incidents.length);
    }
  });
});
