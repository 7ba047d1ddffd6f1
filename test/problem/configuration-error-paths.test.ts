import { describe, expect, it } from 'vitest';
import {
  createKnownErrorBase,
  defineProblemPolicy,
  findRecurringIncidents,
  incidentRef,
  type KnownError,
  problemId,
  type RecurrenceRule,
} from '../../src/problem/index.js';
import { configurationRefusal as refusal } from '../core/configuration-refusal.js';

// A ConfigurationError names where the mistake is (`path`, keys and indexes from the root of
// what was given) and carries the value refused (`input`), so that a product's settings page
// can put the message beside the right field. The policy and the recurrence rule are read as
// they were given, so `input` IS the caller's value (checked with toBe when it is an object);
// the known-error base reads a plain copy of each entry, so `input` equals the value refused.
// A path or an input dropped or emptied would leave the message right and the field wrong.

describe('defineProblemPolicy names the step and the field of each mistake', () => {
  it.each([
    ['a spec that is not an object', null, [], null],
    ['a step that is not an object', { investigate: 3 }, ['investigate'], 3],
    ['a field a step does not have', { resolve: { who: 'n2' } }, ['resolve', 'who'], 'n2'],
    ['levels that are not a list', { investigate: { levels: 2 } }, ['investigate', 'levels'], 2],
    // seed §4.4.2: the support levels are 1, 2 and 3.
    ['a level that is not 1, 2 or 3', { close: { levels: [1, 4] } }, ['close', 'levels', 1], 4],
    ['a level listed twice', { link: { levels: [2, 1, 2] } }, ['link', 'levels', 2], 2],
    [
      'specialist groups that are neither any nor a list',
      { investigate: { specialistGroups: 'réseau' } },
      ['investigate', 'specialistGroups'],
      'réseau',
    ],
    [
      'a blank specialist group',
      { investigate: { specialistGroups: ['réseau', ' '] } },
      ['investigate', 'specialistGroups', 1],
      ' ',
    ],
    [
      'a specialist group listed twice',
      { resolve: { specialistGroups: ['réseau', 'systèmes', 'réseau'] } },
      ['resolve', 'specialistGroups', 2],
      'réseau',
    ],
  ])('%s', (_, spec, path, input) => {
    const error = refusal(() => defineProblemPolicy(spec as never));
    expect(error.path).toEqual(path);
    expect(error.input).toEqual(input);
  });

  it('a list given as the spec: no path, the input is the list itself', () => {
    const spec: never[] = [];
    const error = refusal(() => defineProblemPolicy(spec as never));
    expect(error.path).toEqual([]);
    expect(error.input).toBe(spec);
  });

  it('an unknown step: the path is its key, the input what was given under it', () => {
    const study = { levels: [2] };
    const error = refusal(() => defineProblemPolicy({ study } as never));
    expect(error.path).toEqual(['study']);
    expect(error.input).toBe(study);
  });

  it('a step that allows nobody: the path is the step, the input the step given', () => {
    const investigate = { levels: [], specialistGroups: [] };
    const error = refusal(() => defineProblemPolicy({ investigate }));
    expect(error.path).toEqual(['investigate']);
    expect(error.input).toBe(investigate);
  });

  it('a step allowing nobody after keeping the default groups is accepted', () => {
    // Levels emptied, groups kept at 'any': somebody is still allowed.
    expect(defineProblemPolicy({ investigate: { levels: [] } }).investigate).toEqual({
      levels: [],
      specialistGroups: 'any',
    });
  });
});

describe('a recurrence rule names the field of each mistake', () => {
  const find = (rule: unknown) => () => findRecurringIncidents([], rule as RecurrenceRule);
  it.each([
    ['a rule that is not an object', null, [], null],
    [
      'a threshold of one incident',
      { key: 'equipment', window: { days: 1 }, threshold: 1 },
      ['threshold'],
      1,
    ],
    [
      'a threshold that is not whole',
      { key: 'equipment', window: { days: 1 }, threshold: 2.5 },
      ['threshold'],
      2.5,
    ],
    [
      'a window that is not a duration',
      { key: 'category', window: 'week', threshold: 3 },
      ['window'],
      'week',
    ],
    [
      'a negative amount',
      { key: 'equipment', window: { days: 1, hours: -1 }, threshold: 2 },
      ['window', 'hours'],
      -1,
    ],
    [
      'an amount that is not a number',
      { key: 'equipment', window: { minutes: '30' }, threshold: 2 },
      ['window', 'minutes'],
      '30',
    ],
    ['an unknown key', { key: 'colour', window: { days: 1 }, threshold: 2 }, ['key'], 'colour'],
    [
      'a key field listed twice',
      { key: ['equipment', 'category', 'equipment'], window: { days: 1 }, threshold: 2 },
      ['key', 2],
      'equipment',
    ],
    [
      'a key list holding an unknown field',
      { key: ['symptom', 'site'], window: { days: 1 }, threshold: 2 },
      ['key', 1],
      'site',
    ],
  ])('%s', (_, rule, path, input) => {
    const error = refusal(find(rule));
    expect(error.path).toEqual(path);
    expect(error.input).toEqual(input);
  });

  it('an empty key list: the path is key, the input the list given', () => {
    const key: never[] = [];
    const error = refusal(find({ key, window: { days: 1 }, threshold: 2 }));
    expect(error.path).toEqual(['key']);
    expect(error.input).toBe(key);
  });

  it('a unit not allowed: the path ends at the unit, the input is the whole window', () => {
    const window = { weeks: 1 };
    const error = refusal(find({ key: 'equipment', window, threshold: 2 }));
    expect(error.path).toEqual(['window', 'weeks']);
    expect(error.input).toBe(window);
  });

  it('a window of no length: the path is window, the input the window given', () => {
    const window = { days: 0, hours: 0 };
    const error = refusal(find({ key: 'equipment', window, threshold: 2 }));
    expect(error.path).toEqual(['window']);
    expect(error.input).toBe(window);
  });
});

describe('createKnownErrorBase names the entry and the field of each mistake', () => {
  // seed §4.4.2: a known error has a known cause and a workaround or a fix.
  const printer: KnownError = {
    id: problemId('PB-1'),
    status: 'known-error',
    title: 'Imprimante du 2e étage hors ligne',
    keywords: ['impression'],
    cause: 'Pilote 4.2 incompatible',
    solutions: [{ kind: 'workaround', description: 'Imprimer vers la file « etage2-secours ».' }],
    incidents: [incidentRef('INC-1')],
    internalNotes: [],
  };
  const screen: KnownError = { ...printer, id: problemId('PB-2'), title: 'Écran noir' };
  const second = (fields: object) => [printer, { ...screen, ...fields }];

  it.each([
    ['a list that is not iterable', 42, [], 42],
    ['an entry that is not an object', [printer, null], [1], null],
    ['an empty id', second({ id: '' }), [1, 'id'], ''],
    ['an open problem', second({ status: 'open' }), [1, 'status'], 'open'],
    ['a missing title', second({ title: undefined }), [1, 'title'], undefined],
    ['an empty symptom', second({ symptom: '' }), [1, 'symptom'], ''],
    ['an empty equipment', second({ equipment: ' ' }), [1, 'equipment'], ' '],
    ['a category that is no text', second({ category: 7 }), [1, 'category'], 7],
    ['keywords holding an empty text', second({ keywords: ['x', ''] }), [1, 'keywords'], ['x', '']],
    ['no known cause', second({ cause: '' }), [1, 'cause'], ''],
    ['no workaround nor fix', second({ solutions: [] }), [1, 'solutions'], []],
    [
      'a solution of an unknown kind',
      second({ solutions: [{ kind: 'loan', description: 'Prêter un PC' }] }),
      [1, 'solutions', 0, 'kind'],
      'loan',
    ],
    [
      'a solution with no description',
      second({
        solutions: [
          { kind: 'fix', description: 'ok' },
          { kind: 'fix', description: '' },
        ],
      }),
      [1, 'solutions', 1, 'description'],
      '',
    ],
    [
      'a solution whose internal note is no text',
      second({ solutions: [{ kind: 'fix', description: 'ok', internalNote: 3 }] }),
      [1, 'solutions', 0, 'internalNote'],
      3,
    ],
    ['incidents that are not a list', second({ incidents: 'INC-1' }), [1, 'incidents'], 'INC-1'],
    ['an empty change', second({ change: '' }), [1, 'change'], ''],
    [
      'internal notes that are not texts',
      second({ internalNotes: [1] }),
      [1, 'internalNotes'],
      [1],
    ],
    ['an id used twice', [printer, screen, { ...screen }], [2, 'id'], 'PB-2'],
  ])('%s', (_, entries, path, input) => {
    const error = refusal(() => createKnownErrorBase(entries as never));
    expect(error.path).toEqual(path);
    expect(error.input).toEqual(input);
  });

  it('keeps a copy: the input of a refused list of keywords equals it but is not it', () => {
    const keywords = ['impression', ''];
    const error = refusal(() => createKnownErrorBase([{ ...printer, keywords }]));
    expect(error.path).toEqual([0, 'keywords']);
    expect(error.input).toEqual(keywords);
    expect(error.input).not.toBe(keywords);
  });
});

describe('createKnownErrorBase writes the path of a solution field in its message', () => {
  it('names the second solution of the second entry as solutions[1].description', () => {
    const entry = (id: string, description: string) => ({
      id,
      status: 'known-error',
      title: 'Printer offline',
      keywords: ['printer'],
      cause: 'Spooler stops',
      solutions: [
        { kind: 'workaround', description: 'Restart the spooler' },
        { kind: 'fix', description },
      ],
      incidents: [],
      internalNotes: [],
    });
    const error = refusal(() =>
      createKnownErrorBase([entry('PB-1', 'Patch'), entry('PB-2', '')] as never),
    );
    expect(error.message).toBe(
      'Known-error base: entries[1].solutions[1].description must be a non-empty text, got "".',
    );
    expect(error.path).toEqual([1, 'solutions', 1, 'description']);
  });
});
