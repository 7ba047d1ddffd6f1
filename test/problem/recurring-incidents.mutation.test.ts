import { describe, expect, it } from 'vitest';
import {
  findRecurringIncidents,
  type IncidentSummary,
  incidentRef,
  type RecurrenceRule,
  type RecurringIncidents,
  recordProblemFor,
} from '../../src/problem/index.js';
import { configurationRefusal as refusal } from '../core/configuration-refusal.js';
import { leo, PB } from './problem-fixtures.js';

// Recurring incidents (seed §1: « les incidents récurrents seront requalifiés en problèmes »)
// and the record-problem command a proposal gives (seed §4.4.1). Each refusal's message is
// pinned, and so are the labels and values a proposal carries (trimmed as the technician
// wrote them, never folded).

const day = (d: number, hour = 9) => new Date(Date.UTC(2026, 2, d, hour));
const inc = (id: string, d: number, fields: Partial<IncidentSummary> = {}): IncidentSummary => ({
  id: incidentRef(id),
  at: day(d),
  ...fields,
});
const network = [
  inc('INC-1', 2, { category: 'Réseau' }),
  inc('INC-2', 3, { category: ' réseau ' }),
  inc('INC-3', 4, { category: 'Messagerie' }),
];
const rule = (window: unknown, threshold: unknown = 2): RecurrenceRule =>
  ({ key: 'category', window, threshold }) as RecurrenceRule;

describe('the window of a rule', () => {
  it('null is refused as a duration', () => {
    const error = refusal(() => findRecurringIncidents(network, rule(null)));
    expect(error.message).toBe(
      'Recurrence rule: window must be a duration such as { days: 7 }, got null.',
    );
    expect(error.path).toEqual(['window']);
    expect(error.input).toBeNull();
  });

  it('an amount left undefined counts for nothing', () => {
    const found = findRecurringIncidents(network, rule({ hours: 25, minutes: undefined }));
    expect(found.map((p) => p.incidents)).toEqual([['INC-1', 'INC-2']]);
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('an amount of %s is refused', (amount, described) => {
    const error = refusal(() => findRecurringIncidents(network, rule({ days: amount })));
    expect(error.message).toBe(
      `Recurrence rule: window.days must be a finite number ≥ 0, got ${described}.`,
    );
    expect(error.path).toEqual(['window', 'days']);
    expect(error.input).toBe(amount);
  });
});

describe('a rule that is not an object', () => {
  it.each([
    [42, '42'],
    ['category', '"category"'],
    [undefined, 'undefined'],
  ])('%j is refused at the root', (value, described) => {
    const error = refusal(() => findRecurringIncidents(network, value as never));
    expect(error.message).toBe(
      `Recurrence rule: expected { key, window, threshold }, got ${described}.`,
    );
    expect(error.path).toEqual([]);
    expect(error.input).toBe(value);
  });
});

describe('an incident that is not a summary', () => {
  it.each([
    [1, '1'],
    ['INC-1', '"INC-1"'],
    [undefined, 'undefined'],
  ])('%j is refused by its index', (value, described) => {
    expect(() => findRecurringIncidents([value as never], rule({ days: 7 }))).toThrow(
      new TypeError(
        `findRecurringIncidents: incidents[0] must be an incident summary { id, at, … }, got ${described}.`,
      ),
    );
  });

  it('the index counts up from the first incident', () => {
    const list = [inc('INC-1', 2), inc('INC-2', 2), 5] as unknown as IncidentSummary[];
    expect(() => findRecurringIncidents(list, rule({ days: 7 }))).toThrow(
      new TypeError(
        'findRecurringIncidents: incidents[2] must be an incident summary { id, at, … }, got 5.',
      ),
    );
  });

  it('an empty id is refused', () => {
    expect(() =>
      findRecurringIncidents([{ id: '', at: day(1) } as never], rule({ days: 7 })),
    ).toThrow(
      new TypeError(
        'findRecurringIncidents: an incident needs a non-empty id, got "" (incidents[0]).',
      ),
    );
  });
});

describe('a key function', () => {
  const byCategory = (window = { days: 1 }) =>
    ({ key: (i: IncidentSummary) => i.category, window, threshold: 2 }) as RecurrenceRule;

  it('an empty key leaves the incident out', () => {
    const list = [inc('a', 1, { category: '' }), inc('b', 1, { category: '' })];
    expect(findRecurringIncidents(list, byCategory())).toEqual([]);
  });

  it('the key is kept as returned, the label trimmed', () => {
    const list = [inc('a', 1, { category: ' x ' }), inc('b', 1, { category: ' x ' })];
    expect(findRecurringIncidents(list, byCategory())).toEqual([
      { key: ' x ', label: 'x', incidents: ['a', 'b'], from: day(1), to: day(1) },
    ]);
  });
});

describe('a key of several fields', () => {
  it('the label and the values are trimmed, the key folded', () => {
    const list = [
      inc('a', 1, { category: ' Réseau ', symptom: ' lent ' }),
      inc('b', 1, { category: 'reseau', symptom: 'Lent' }),
    ];
    const found = findRecurringIncidents(list, {
      key: ['category', 'symptom'],
      window: { days: 1 },
      threshold: 2,
    });
    expect(found).toEqual([
      {
        key: 'reseau / lent',
        label: 'Réseau — lent',
        fields: ['category', 'symptom'],
        values: { category: 'Réseau', symptom: 'lent' },
        incidents: ['a', 'b'],
        from: day(1),
        to: day(1),
      },
    ]);
  });
});

describe('recordProblemFor', () => {
  const proposal: RecurringIncidents = {
    key: 'imprimante b2',
    label: 'Imprimante B2',
    field: 'equipment',
    incidents: [incidentRef('INC-1'), incidentRef('INC-2')],
    from: day(2),
    to: day(3),
  };
  const options = { problemId: PB, at: day(3, 10), actor: leo };
  const base = {
    type: 'record-problem',
    problemId: PB,
    at: day(3, 10),
    actor: leo,
    title: 'Imprimante B2',
    incidents: ['INC-1', 'INC-2'],
  };

  it.each([
    ['no field', undefined],
    ['a field that is not a recurrence field', 'key'],
  ])('%s and no values: no field filled', (_, field) => {
    expect(recordProblemFor({ ...proposal, field } as never, options)).toStrictEqual(base);
  });

  it('values: only the recurrence fields holding a text are copied', () => {
    const values = { category: 'Impression', symptom: 3, equipment: 'HP 4000', other: 'x' };
    expect(recordProblemFor({ ...proposal, values } as never, options)).toStrictEqual({
      ...base,
      equipment: 'HP 4000',
      category: 'Impression',
    });
  });

  it.each([
    [null, 'null'],
    [42, '42'],
    ['Impression', '"Impression"'],
  ])('values %j are refused', (values, described) => {
    expect(() => recordProblemFor({ ...proposal, values } as never, options)).toThrow(
      new TypeError(
        `recordProblemFor: proposal.values must be an object when given, got ${described}.`,
      ),
    );
  });

  it('a null proposal is refused as such', () => {
    expect(() => recordProblemFor(null as never, options)).toThrow(
      new TypeError(
        'recordProblemFor: proposal must be a recurrence proposal from findRecurringIncidents, got null.',
      ),
    );
  });

  it('null options are refused as such', () => {
    expect(() => recordProblemFor(proposal, null as never)).toThrow(
      new TypeError(
        'recordProblemFor: options must be { problemId, at, actor, title? }, got null.',
      ),
    );
  });
});
