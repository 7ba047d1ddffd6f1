import { describe, expect, it } from 'vitest';
import {
  decideProblem,
  defineProblemPolicy,
  initialProblemState,
  type ProblemCommand,
  type ProblemState,
  parseProblemCommand,
  problemCommandTypes,
  problemId,
} from '../../src/problem/index.js';
import { revokedProxy } from '../ticket/hostile-values.js';
import { at, INC, lifecycle, lifecyclePath, nina, run } from './problem-fixtures.js';

// A refusal's `details` are API: a desk's UI shows the field, the incident or the status the
// refusal names. Each case below pins a whole violation (code, message and details) built by
// the decider from the seed's path (§4.4.1–§4.4.2: recorded by level 1, cause and workaround by
// level 2, known error, resolved by a change, closed). An emptied details object, or a detail
// dropped, fails here even when the code is right.

const fullPath = lifecyclePath;
const stateAfter = (n: number): ProblemState => run(fullPath.slice(0, n)).state;
const refusals = (command: unknown, state: ProblemState, policy = defineProblemPolicy()) => {
  const result = decideProblem(command as ProblemCommand, state, policy);
  return result.ok ? [] : result.error;
};
const later = <C extends ProblemCommand>(command: C): C => ({ ...command, at: at(1000) });

describe('a command out of its stage names the status and the statuses it acts in', () => {
  it.each([
    [
      'close twice',
      later(lifecycle.close),
      7,
      'problem-closed',
      {
        fr: 'Ce problème est clos : il ne change plus.',
        en: 'This problem is closed: it no longer changes.',
      },
      { status: 'closed', allowed: ['resolved'] },
    ],
    [
      'resolve twice',
      later(lifecycle.resolve),
      6,
      'problem-already-resolved',
      {
        fr: 'Ce problème est déjà résolu : un changement en a supprimé la cause.',
        en: 'This problem is already resolved: a change removed its cause.',
      },
      { status: 'resolved', allowed: ['known-error'] },
    ],
    [
      'close an open problem',
      later(lifecycle.close),
      4,
      'problem-not-resolved',
      {
        fr: "Un problème n'est clos qu'une fois résolu par un changement.",
        en: 'A problem is closed only once a change has resolved it.',
      },
      { status: 'open', allowed: ['resolved'] },
    ],
    [
      'resolve an open problem',
      later(lifecycle.resolve),
      4,
      'problem-not-known-error',
      {
        fr: "Un problème n'est résolu qu'une fois devenu erreur connue (cause et contournement identifiés).",
        en: 'A problem is resolved only once it is a known error (cause and workaround identified).',
      },
      { status: 'open', allowed: ['known-error'] },
    ],
    [
      'declare a known error twice',
      later(lifecycle.declare),
      5,
      'problem-already-known-error',
      {
        fr: 'Ce problème est déjà une erreur connue.',
        en: 'This problem is already a known error.',
      },
      { status: 'known-error', allowed: ['open'] },
    ],
    [
      'record a problem twice',
      lifecycle.record,
      1,
      'problem-already-recorded',
      { fr: 'Ce problème est déjà enregistré.', en: 'This problem is already recorded.' },
      { problemId: 'PB-1' },
    ],
    [
      'link incidents to a problem not recorded',
      lifecycle.link,
      0,
      'problem-not-recorded',
      {
        fr: "Ce problème n'a pas encore été enregistré.",
        en: 'This problem has not been recorded yet.',
      },
      { problemId: 'PB-1' },
    ],
  ])('%s', (_, command, after, code, message, details) => {
    expect(refusals(command, stateAfter(after))).toEqual([{ code, message, details }]);
  });
});

describe('the envelope of a command: problem, actor, date', () => {
  it('a command for another problem names both ids', () => {
    const command = { ...lifecycle.link, problemId: problemId('PB-9') };
    expect(refusals(command, stateAfter(1))).toEqual([
      {
        code: 'problem-id-mismatch',
        message: {
          fr: 'La commande vise le problème PB-9, pas PB-1.',
          en: 'The command targets problem PB-9, not PB-1.',
        },
        details: { problemId: 'PB-1', commandProblemId: 'PB-9' },
      },
    ]);
  });

  it('an actor not allowed names the actor, its level, its group and the step', () => {
    // An organisation where only level 2 closes: the network group's level-1 technician may not.
    const policy = defineProblemPolicy({ close: { levels: [2], specialistGroups: [] } });
    expect(refusals({ ...lifecycle.close, actor: nina }, stateAfter(6), policy)).toEqual([
      {
        code: 'problem-actor-not-allowed',
        message: {
          fr: "Le technicien n1-nina (niveau 1) n'est pas habilité à cette étape (close).",
          en: 'Technician n1-nina (level 1) may not take this step (close).',
        },
        details: { actorId: 'n1-nina', level: 1, group: 'réseau', step: 'close' },
      },
    ]);
  });

  it('a command dated before the last event names both instants', () => {
    expect(refusals({ ...lifecycle.cause, at: at(5) }, stateAfter(2))).toEqual([
      {
        code: 'problem-time-before-last-event',
        message: {
          fr: 'La commande est datée avant le dernier événement du problème.',
          en: "The command is dated before the problem's last event.",
        },
        details: { at: '2026-03-02T09:05:00.000Z', lastEventAt: '2026-03-02T09:10:00.000Z' },
      },
    ]);
  });
});

describe('an unknown or malformed command names the type or the path', () => {
  const expected = [...problemCommandTypes];
  it.each([
    ['no command at all', null, 'undefined'],
    ['an unknown type', { ...lifecycle.link, type: 'escalate' }, 'escalate'],
    ['a type that is not a string', { ...lifecycle.link, type: 7 }, '7'],
  ])('%s', (_, command, type) => {
    expect(refusals(command, stateAfter(1))).toEqual([
      {
        code: 'problem-unknown-command',
        message: {
          fr: `Commande inconnue pour un problème : ${type}.`,
          en: `Unknown problem command: ${type}.`,
        },
        details: { type, expected },
      },
    ]);
  });

  it.each([
    [
      'an invalid date',
      { ...lifecycle.link, at: new Date(Number.NaN) },
      ['at'],
      'expected a valid Date, got an invalid Date',
      'at',
    ],
    [
      'a list read through a getter',
      Object.defineProperty({ ...lifecycle.link }, 'incidents', {
        get: () => [INC(3)],
        enumerable: true,
      }),
      ['incidents'],
      'expected a data property, got a getter',
      'incidents',
    ],
    [
      'a list with a hole',
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      { ...lifecycle.link, incidents: [INC(3), , INC(4)] },
      ['incidents', 1],
      'is a hole in the list',
      'incidents.1',
    ],
  ])('%s', (_, command, path, reason, shown) => {
    expect(refusals(command, stateAfter(1))).toEqual([
      {
        code: 'problem-malformed-command',
        message: {
          fr: `Commande mal formée : ${shown} — ${reason}.`,
          en: `Malformed command: ${shown} — ${reason}.`,
        },
        details: { path, reason },
      },
    ]);
  });

  it('a list that cannot be read at all', () => {
    const [violation] = refusals({ ...lifecycle.link, incidents: revokedProxy() }, stateAfter(1));
    expect(violation?.code).toBe('problem-malformed-command');
    expect(violation?.details?.path).toEqual(['incidents']);
    expect(violation?.details?.reason).toEqual(expect.any(String));
  });

  it('parseProblemCommand gives the same details', () => {
    expect(parseProblemCommand({ type: 'escalate' })).toEqual({
      ok: false,
      error: [
        {
          code: 'problem-unknown-command',
          message: {
            fr: 'Commande inconnue pour un problème : escalate.',
            en: 'Unknown problem command: escalate.',
          },
          details: { type: 'escalate', expected },
        },
      ],
    });
    expect(parseProblemCommand({ ...lifecycle.link, at: 'hier' })).toEqual({
      ok: false,
      error: [
        {
          code: 'problem-malformed-command',
          message: {
            fr: 'Commande mal formée : at — expected a valid Date, got "hier".',
            en: 'Malformed command: at — expected a valid Date, got "hier".',
          },
          details: { path: ['at'], reason: 'expected a valid Date, got "hier"' },
        },
      ],
    });
  });
});

describe("a command's own fields name the field, the value and what is allowed", () => {
  const required = (field: string) => ({
    code: 'problem-field-required',
    message: {
      fr: `Le champ « ${field} » est obligatoire.`,
      en: `The field "${field}" is required.`,
    },
    details: { field },
  });
  const invalid = (field: string, allowed: string, value?: unknown) => ({
    code: 'problem-field-invalid',
    message: {
      fr: `Le champ « ${field} » a une valeur invalide ; valeurs permises : ${allowed}.`,
      en: `The field "${field}" has an invalid value; allowed: ${allowed}.`,
    },
    details: value === undefined ? { field, allowed } : { field, value, allowed },
  });

  it('record-problem (§4.4.1): every field at fault, in order', () => {
    const command = {
      ...lifecycle.record,
      title: ' ',
      symptom: '',
      keywords: ['impression', ''],
      incidents: [INC(1), '', INC(1)],
    };
    expect(refusals(command, initialProblemState)).toEqual([
      required('title'),
      invalid('incidents', 'non-empty incident references', ''),
      {
        code: 'problem-incident-listed-twice',
        message: {
          fr: "L'incident INC-1 figure deux fois dans la commande.",
          en: 'Incident INC-1 is listed twice in the command.',
        },
        details: { incident: 'INC-1' },
      },
      invalid('symptom', 'a non-empty text'),
      invalid('keywords', 'a list of non-empty texts'),
    ]);
  });

  it('link-incidents: an incident already linked is named', () => {
    expect(refusals({ ...lifecycle.link, incidents: [INC(2)] }, stateAfter(1))).toEqual([
      {
        code: 'problem-incident-already-linked',
        message: {
          fr: "L'incident INC-2 est déjà lié à ce problème.",
          en: 'Incident INC-2 is already linked to this problem.',
        },
        details: { incident: 'INC-2' },
      },
    ]);
  });

  it('record-solution (§4.4.2): a kind that is neither workaround nor fix is named', () => {
    const command = { ...lifecycle.workaround, kind: 'loan', description: '', internalNote: '' };
    expect(refusals(command, stateAfter(2))).toEqual([
      invalid('kind', 'workaround, fix', 'loan'),
      required('description'),
      invalid('internalNote', 'a non-empty text'),
    ]);
  });

  it('record-cause and resolve-problem name their required field', () => {
    expect(refusals({ ...lifecycle.cause, cause: '' }, stateAfter(2))).toEqual([required('cause')]);
    expect(refusals({ ...lifecycle.resolve, change: ' ' }, stateAfter(5))).toEqual([
      required('change'),
    ]);
  });
});
