import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  decideProblem,
  findRecurringIncidents,
  type IncidentSummary,
  incidentRef,
  initialProblemState,
  type RecurrenceRule,
  type RecurringIncidents,
  recordProblemFor,
} from '../../src/problem/index.js';
import { foldText } from '../../src/problem/search-text.js';
import { revokedProxy, throwingGetter, trappedProxy } from '../ticket/hostile-values.js';
import { leo, PB } from './problem-fixtures.js';

const HOUR = 3_600_000;
const t0 = Date.UTC(2026, 2, 2, 9);
const hour = (h: number) => new Date(t0 + h * HOUR);
const inc = (id: number, h: number, fields: Partial<IncidentSummary> = {}): IncidentSummary => ({
  id: incidentRef(`INC-${id}`),
  at: hour(h),
  ...fields,
});
const ids = (rule: RecurrenceRule, incidents: IncidentSummary[]) =>
  findRecurringIncidents(incidents, rule).map((p) => p.incidents);

describe('recurring incidents become problems (seed §1, §4.4.2)', () => {
  const byEquipment = (threshold: number, hours: number): RecurrenceRule => ({
    key: 'equipment',
    window: { hours },
    threshold,
  });

  it('proposes a problem when a printer fails three times in a week', () => {
    const incidents = [
      inc(1, 0, { equipment: 'Imprimante 2e étage' }),
      inc(2, 26, { equipment: 'imprimante 2E ETAGE' }),
      inc(3, 30, { equipment: 'PC compta' }),
      inc(4, 100, { equipment: 'Imprimante 2e etage' }),
      inc(5, 200, { equipment: 'Imprimante 2e étage' }),
    ];
    expect(
      findRecurringIncidents(incidents, { key: 'equipment', window: { days: 7 }, threshold: 3 }),
    ).toEqual([
      {
        key: 'imprimante 2e etage',
        label: 'Imprimante 2e étage',
        field: 'equipment',
        fields: ['equipment'],
        values: { equipment: 'Imprimante 2e étage' },
        incidents: ['INC-1', 'INC-2', 'INC-4'],
        from: hour(0),
        to: hour(100),
      },
    ]);
  });

  it('slides the window past a lone early incident', () => {
    const e = { equipment: 'switch' };
    expect(
      ids(byEquipment(3, 10), [inc(1, 0, e), inc(2, 9, e), inc(3, 11, e), inc(4, 12, e)]),
    ).toEqual([['INC-2', 'INC-3', 'INC-4']]);
  });

  it('treats the window as half-open: exactly one window apart is not within it', () => {
    const e = { equipment: 'switch' };
    expect(ids(byEquipment(2, 10), [inc(1, 0, e), inc(2, 10, e)])).toEqual([]);
    expect(ids(byEquipment(2, 10), [inc(1, 0, e), inc(2, 9.99, e)])).toEqual([['INC-1', 'INC-2']]);
  });

  it('splits a burst longer than the window into consecutive proposals', () => {
    const daily = Array.from({ length: 10 }, (_, d) =>
      inc(d + 1, d * 24, { equipment: 'Serveur' }),
    );
    expect(ids({ key: 'equipment', window: { days: 7 }, threshold: 3 }, daily)).toEqual([
      ['INC-1', 'INC-2', 'INC-3', 'INC-4', 'INC-5', 'INC-6', 'INC-7'],
      ['INC-8', 'INC-9', 'INC-10'],
    ]);
  });

  it('orders proposals by start, then key, and incidents by time then id', () => {
    const rule: RecurrenceRule = { key: 'category', window: { hours: 24 }, threshold: 2 };
    const proposals = findRecurringIncidents(
      [
        inc(9, 5, { category: 'Réseau' }),
        inc(3, 1, { category: 'Messagerie' }),
        inc(2, 1, { category: 'Réseau' }),
        inc(1, 1, { category: 'reseau' }),
        inc(4, 2, { category: 'Messagerie' }),
      ],
      rule,
    );
    expect(proposals.map((p) => [p.key, p.label, p.incidents])).toEqual([
      ['messagerie', 'Messagerie', ['INC-3', 'INC-4']],
      ['reseau', 'reseau', ['INC-1', 'INC-2', 'INC-9']],
    ]);
  });

  it('groups by symptom, or by a function used as is', () => {
    const incidents = [
      inc(1, 0, { symptom: 'Écran noir', equipment: 'B2/PC-1' }),
      inc(2, 1, { symptom: 'ecran NOIR', equipment: 'B2/PC-7' }),
      inc(3, 2, { equipment: 'B3/PC-2' }),
      inc(4, 3, { equipment: '' }),
    ];
    expect(ids({ key: 'symptom', window: { hours: 4 }, threshold: 2 }, incidents)).toEqual([
      ['INC-1', 'INC-2'],
    ]);
    const byBuilding: RecurrenceRule = {
      key: (i) => i.equipment?.split('/')[0],
      window: { hours: 4 },
      threshold: 2,
    };
    const [proposal] = findRecurringIncidents(incidents, byBuilding);
    expect(proposal).toEqual({
      key: 'B2',
      label: 'B2',
      incidents: ['INC-1', 'INC-2'],
      from: hour(0),
      to: hour(1),
    });
  });

  it('leaves out incidents without the key', () => {
    expect(ids(byEquipment(2, 10), [inc(1, 0), inc(2, 1), inc(3, 2, { equipment: '  ' })])).toEqual(
      [],
    );
  });

  it.each([
    ['an unknown key', { key: 'priority', window: { days: 1 }, threshold: 2 }, ['key']],
    ['a threshold of 1', { key: 'equipment', window: { days: 1 }, threshold: 1 }, ['threshold']],
    [
      'a fractional threshold',
      { key: 'equipment', window: { days: 1 }, threshold: 2.5 },
      ['threshold'],
    ],
    ['an empty window', { key: 'equipment', window: {}, threshold: 2 }, ['window']],
    [
      'a negative window',
      { key: 'equipment', window: { hours: -1 }, threshold: 2 },
      ['window', 'hours'],
    ],
    [
      'a window in weeks',
      { key: 'equipment', window: { weeks: 1 }, threshold: 2 },
      ['window', 'weeks'],
    ],
  ] as const)('refuses %s', (_, rule, path) => {
    try {
      findRecurringIncidents([], rule as unknown as RecurrenceRule);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError);
      expect((e as ConfigurationError).path).toEqual(path);
    }
  });

  it('throws on an incident listed twice or dated badly', () => {
    const rule = byEquipment(2, 10);
    expect(() => findRecurringIncidents([inc(1, 0), inc(1, 2)], rule)).toThrow(
      /"INC-1" is listed twice/,
    );
    expect(() =>
      findRecurringIncidents([{ id: incidentRef('INC-1'), at: new Date(Number.NaN) }], rule),
    ).toThrow(TypeError);
  });

  it('refuses hostile incidents and rules with its own documented errors, each incident read once', () => {
    const rule = byEquipment(2, 10);
    const boom = () => {
      throw new Error('boom');
    };
    const refusals: [unknown, RegExp][] = [
      [5, /incidents must be a list \(an iterable\) of incident summaries, got 5/],
      [[null], /incidents\[0\] must be an incident summary .*got null/],
      [[{ id: 1n, at: new Date(0) }], /needs a non-empty id, got 1n/],
      [[{ id: 'INC-1', at: new Proxy(new Date(0), {}) }], /"INC-1" has an invalid date/],
      [[{ id: 'INC-1', at: { getTime: () => 0 } }], /"INC-1" has an invalid date/],
      [[Object.defineProperty({ at: new Date(0) }, 'id', { get: boom })], /could not be read/],
      [
        [
          {
            id: 'INC-1',
            at: new Date(0),
            get equipment() {
              return boom();
            },
          },
        ],
        /could not be read/,
      ],
      [new Proxy([], { get: boom }), /could not be read/],
    ];
    for (const [incidents, message] of refusals) {
      expect(() => findRecurringIncidents(incidents as never, rule)).toThrow(TypeError);
      expect(() => findRecurringIncidents(incidents as never, rule)).toThrow(message);
    }
    expect(() =>
      findRecurringIncidents([inc(1, 0)], { key: boom, window: { days: 1 }, threshold: 2 }),
    ).toThrow(/the rule's key function threw an Error for incident "INC-1"/);
    for (const bad of [
      Object.defineProperty({ window: { days: 1 }, threshold: 2 }, 'key', { get: boom }),
      new Proxy({}, { get: boom }),
      { key: 'equipment', window: new Proxy({}, { ownKeys: boom }), threshold: 2 },
      { key: 'equipment', window: { days: 1 }, threshold: 2n },
    ]) {
      expect(() => findRecurringIncidents([], bad as never)).toThrow(ConfigurationError);
    }
    // An id read twice could change between the reads: it is read once.
    let reads = 0;
    const shifty = {
      get id() {
        reads++;
        return reads === 1 ? 'INC-1' : 1n;
      },
      at: hour(0),
      equipment: 'Imprimante B2',
    };
    const other = inc(2, 1, { equipment: 'imprimante b2' });
    expect(findRecurringIncidents([shifty as never, other], rule)).toHaveLength(1);
    expect(reads).toBe(1);
  });

  it("gives its own dates, not the caller's", () => {
    const first = inc(1, 0, { equipment: 'Imprimante B2' });
    const [proposal] = findRecurringIncidents(
      [first, inc(2, 1, { equipment: 'imprimante b2' })],
      byEquipment(2, 24),
    );
    expect(proposal?.from).toEqual(first.at);
    expect(proposal?.from).not.toBe(first.at);
  });

  it('turns a proposal into a record-problem command level 1 may issue (§4.4.1)', () => {
    const [proposal] = findRecurringIncidents(
      [inc(1, 0, { equipment: 'Imprimante B2' }), inc(2, 1, { equipment: 'imprimante b2' })],
      byEquipment(2, 24),
    );
    if (proposal === undefined) throw new Error('expected a proposal');
    const command = recordProblemFor(proposal, { problemId: PB, at: hour(2), actor: leo });
    expect(command).toEqual({
      type: 'record-problem',
      problemId: PB,
      at: hour(2),
      actor: leo,
      title: 'Imprimante B2',
      equipment: 'Imprimante B2',
      incidents: ['INC-1', 'INC-2'],
    });
    expect(decideProblem(command, initialProblemState).ok).toBe(true);
    expect(
      recordProblemFor(proposal, { problemId: PB, at: hour(2), actor: leo, title: 'T' }).title,
    ).toBe('T');
  });

  it('groups « the same symptom on the same model » by two fields, folded by the library', () => {
    const incidents = [
      inc(1, 0, { symptom: 'Écran noir au démarrage', equipment: 'Dell P2419H' }),
      inc(2, 5, { symptom: 'ecran NOIR au demarrage !', equipment: 'dell p2419h' }),
      inc(3, 6, { symptom: 'Écran noir au démarrage', equipment: 'HP E24' }),
      inc(4, 7, { symptom: 'Clavier bloqué', equipment: 'Dell P2419H' }),
      inc(5, 8, { symptom: 'Écran noir au démarrage' }),
      inc(6, 9, { symptom: 'Écran  noir au DÉMARRAGE', equipment: 'DELL P2419H' }),
    ];
    const proposals = findRecurringIncidents(incidents, {
      key: ['symptom', 'equipment'],
      window: { days: 1 },
      threshold: 3,
    });
    expect(proposals).toEqual([
      {
        key: 'ecran noir au demarrage / dell p2419h',
        label: 'Écran noir au démarrage — Dell P2419H',
        fields: ['symptom', 'equipment'],
        values: { symptom: 'Écran noir au démarrage', equipment: 'Dell P2419H' },
        incidents: ['INC-1', 'INC-2', 'INC-6'],
        from: hour(0),
        to: hour(9),
      },
    ]);
    const command = recordProblemFor(proposals[0] as RecurringIncidents, {
      problemId: PB,
      at: hour(10),
      actor: leo,
    });
    expect(command).toEqual({
      type: 'record-problem',
      problemId: PB,
      at: hour(10),
      actor: leo,
      title: 'Écran noir au démarrage — Dell P2419H',
      symptom: 'Écran noir au démarrage',
      equipment: 'Dell P2419H',
      incidents: ['INC-1', 'INC-2', 'INC-6'],
    });
    expect(decideProblem(command, initialProblemState).ok).toBe(true);
  });

  it('keeps the one-field form: a single field in a list is the same grouping', () => {
    const incidents = [
      inc(1, 0, { equipment: 'Imprimante B2' }),
      inc(2, 1, { equipment: 'imprimante b2' }),
    ];
    expect(
      findRecurringIncidents(incidents, { ...byEquipment(2, 24), key: ['equipment'] }),
    ).toEqual(findRecurringIncidents(incidents, byEquipment(2, 24)));
  });

  it.each([
    [[], ['key']],
    [
      ['symptom', 'symptom'],
      ['key', 1],
    ],
    [
      ['symptom', 'model'],
      ['key', 1],
    ],
    [12n, ['key']],
  ])('refuses the key %o with a ConfigurationError naming it', (key, path) => {
    let thrown: unknown;
    try {
      findRecurringIncidents([], { key: key as never, window: { days: 1 }, threshold: 2 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as ConfigurationError).path).toEqual(path);
  });

  it('still fills the one field of a proposal built by hand without values', () => {
    const command = recordProblemFor(
      {
        key: 'k',
        label: 'Switch 3',
        field: 'equipment',
        incidents: [],
        from: hour(0),
        to: hour(1),
      },
      { problemId: PB, at: hour(2), actor: leo },
    );
    expect(command.equipment).toBe('Switch 3');
  });

  it('copies only the grouped fields from values, never another key', () => {
    const command = recordProblemFor(
      {
        key: 'k',
        label: 'Switch 3',
        fields: ['equipment'],
        values: { equipment: 'Switch 3', type: 'close-problem' } as never,
        incidents: [],
        from: hour(0),
        to: hour(1),
      },
      { problemId: PB, at: hour(2), actor: leo },
    );
    expect(command.type).toBe('record-problem');
    expect(command.equipment).toBe('Switch 3');
  });
});

// ---- properties -------------------------------------------------------------------------

const incidentsArb = fc
  .uniqueArray(
    fc.record({
      id: fc.integer({ min: 1, max: 500 }),
      hours: fc.integer({ min: 0, max: 24 * 5 }),
      equipment: fc.option(
        fc.constantFrom('Imprimante', 'imprimante', 'Écran', 'Switch', 'Serveur'),
        {
          nil: undefined,
        },
      ),
    }),
    { selector: (r) => r.id, maxLength: 60, size: '+1' },
  )
  .map((rows) =>
    rows.map((r) =>
      r.equipment === undefined
        ? inc(r.id, r.hours)
        : inc(r.id, r.hours, { equipment: r.equipment }),
    ),
  );
const ruleArb = fc.record({
  key: fc.constant('equipment' as const),
  window: fc.integer({ min: 1, max: 24 * 7 }).map((hours) => ({ hours })),
  threshold: fc.integer({ min: 2, max: 5 }),
});

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

describe('recurrence invariants', () => {
  test.prop([incidentsArb, ruleArb])(
    'every proposal has at least threshold incidents of one key within one window',
    (incidents, rule) => {
      const byId = new Map(incidents.map((i) => [i.id as string, i]));
      for (const p of findRecurringIncidents(incidents, rule)) {
        expect(p.incidents.length).toBeGreaterThanOrEqual(rule.threshold);
        const members = p.incidents.map((id) => byId.get(id) as IncidentSummary);
        const times = members.map((m) => m.at.getTime());
        expect(Math.max(...times) - Math.min(...times)).toBeLessThan(
          (rule.window.hours ?? 0) * HOUR,
        );
        expect([p.from.getTime(), p.to.getTime()]).toEqual([
          Math.min(...times),
          Math.max(...times),
        ]);
        expect(new Set(members.map((m) => fold(m.equipment ?? '')))).toEqual(new Set([p.key]));
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
    },
  );

  test.prop([incidentsArb, ruleArb])('an incident is never in two proposals', (incidents, rule) => {
    const all = findRecurringIncidents(incidents, rule).flatMap((p) => p.incidents);
    expect(new Set(all).size).toBe(all.length);
  });

  test.prop([incidentsArb, ruleArb])(
    'no recurrence is missed: from any incident left out, its window holds fewer than threshold',
    (incidents, rule) => {
      const proposed = new Set(findRecurringIncidents(incidents, rule).flatMap((p) => p.incidents));
      const span = (rule.window.hours ?? 0) * HOUR;
      const order = (a: IncidentSummary, b: IncidentSummary) =>
        a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      for (const s of incidents) {
        if (s.equipment === undefined || proposed.has(s.id)) continue;
        const ahead = incidents.filter(
          (i) =>
            i.equipment !== undefined &&
            fold(i.equipment) === fold(s.equipment as string) &&
            order(i, s) >= 0 &&
            i.at.getTime() < s.at.getTime() + span,
        );
        expect(ahead.length).toBeLessThan(rule.threshold);
      }
    },
  );

  test.prop([incidentsArb, ruleArb, fc.nat()])(
    'the result does not depend on the input order',
    (incidents, rule, seed) => {
      const shuffled = [...incidents].sort(
        (a, b) => ((a.at.getTime() * 31 + seed) % 97) - ((b.at.getTime() * 31 + seed) % 97),
      );
      expect(findRecurringIncidents(shuffled, rule)).toEqual(
        findRecurringIncidents(incidents, rule),
      );
    },
  );
});

describe('grouping by several fields', () => {
  const rowsArb = fc
    .uniqueArray(
      fc.record({
        id: fc.integer({ min: 1, max: 500 }),
        hours: fc.integer({ min: 0, max: 24 * 5 }),
        symptom: fc.option(fc.constantFrom('Écran noir', 'ecran NOIR', 'Lent', 'lent !'), {
          nil: undefined,
        }),
        equipment: fc.option(fc.constantFrom('Dell P2419H', 'dell p2419h', 'HP E24'), {
          nil: undefined,
        }),
      }),
      { selector: (r) => r.id, maxLength: 60 },
    )
    .map((rows) =>
      rows.map((r) =>
        inc(r.id, r.hours, {
          ...(r.symptom === undefined ? {} : { symptom: r.symptom }),
          ...(r.equipment === undefined ? {} : { equipment: r.equipment }),
        }),
      ),
    );

  test.prop([rowsArb, fc.integer({ min: 1, max: 48 }), fc.integer({ min: 2, max: 4 })])(
    'groups exactly as a hand-made key folding both fields, and every member shares both values',
    (incidents, hours, threshold) => {
      const byFields = findRecurringIncidents(incidents, {
        key: ['symptom', 'equipment'],
        window: { hours },
        threshold,
      });
      const byHand = findRecurringIncidents(incidents, {
        key: (i) =>
          i.symptom === undefined || i.equipment === undefined
            ? undefined
            : `${foldText(i.symptom)} / ${foldText(i.equipment)}`,
        window: { hours },
        threshold,
      });
      expect(byFields.map((p) => [p.key, p.incidents])).toEqual(
        byHand.map((p) => [p.key, p.incidents]),
      );
      const byId = new Map(incidents.map((i) => [i.id as string, i]));
      for (const p of byFields) {
        for (const id of p.incidents) {
          const member = byId.get(id) as IncidentSummary;
          expect(foldText(member.symptom ?? '')).toBe(foldText(p.values?.symptom ?? '?'));
          expect(foldText(member.equipment ?? '')).toBe(foldText(p.values?.equipment ?? '?'));
        }
      }
    },
  );
});

// Issue 10 item 2: recordProblemFor throws only its documented TypeError, whatever it is given.
describe('recordProblemFor under hostile input (issue 10)', () => {
  const proposal: RecurringIncidents = {
    key: 'imprimante b2',
    label: 'Imprimante B2',
    field: 'equipment',
    incidents: [incidentRef('INC-1'), incidentRef('INC-2')],
    from: hour(0),
    to: hour(1),
  };
  const options = { problemId: PB, at: hour(2), actor: leo };
  const thrown = (act: () => unknown): Error => {
    try {
      act();
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected a throw');
  };

  it('refuses a proposal or options that are not objects, describing them', () => {
    expect(thrown(() => recordProblemFor(Object.create(null), options)).message).toBe(
      'recordProblemFor: proposal.label must be a text, got undefined.',
    );
    expect(thrown(() => recordProblemFor(false as never, options)).message).toBe(
      'recordProblemFor: proposal must be a recurrence proposal from findRecurringIncidents, got false.',
    );
    expect(thrown(() => recordProblemFor(proposal, '3' as never)).message).toBe(
      'recordProblemFor: options must be { problemId, at, actor, title? }, got "3".',
    );
  });

  it('refuses incidents that are not a list, and a title that is not a text', () => {
    const error = thrown(() =>
      recordProblemFor({ ...proposal, incidents: 'INC-1' as never }, options),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      'recordProblemFor: proposal.incidents must be a list of incident references, got "INC-1".',
    );
    expect(
      thrown(() => recordProblemFor(proposal, { ...options, title: 1n as never })).message,
    ).toBe('recordProblemFor: options.title must be a text when given, got 1n.');
  });

  it('turns a Proxy or a getter that throws into its TypeError', () => {
    const getter = { ...proposal };
    throwingGetter(getter, 'incidents');
    for (const value of [revokedProxy(), trappedProxy({ ...proposal }), getter]) {
      const error = thrown(() => recordProblemFor(value as never, options));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/^recordProblemFor: the input could not be read as plain data/);
    }
  });

  it("copies the incidents, so the command does not share the proposal's list", () => {
    const command = recordProblemFor(proposal, options);
    expect(command.incidents).not.toBe(proposal.incidents);
    expect(command.incidents).toEqual(['INC-1', 'INC-2']);
  });

  test.prop([
    fc.anything({ withBigInt: true, withNullPrototype: true }),
    fc.constantFrom('label', 'field', 'values', 'incidents'),
  ])(
    'any value in any field gives a command the decider checks, or its TypeError',
    (value, key) => {
      try {
        const command = recordProblemFor({ ...proposal, [key]: value } as never, options);
        expect(decideProblem(command, initialProblemState).ok).toBeTypeOf('boolean');
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toMatch(/^recordProblemFor: /);
      }
    },
  );
});
