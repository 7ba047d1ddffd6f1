import { describe, expect, it } from 'vitest';
import { decideProblem, initialProblemState, problemViolation } from '../../src/problem/index.js';
import { violationsOf } from '../../src/problem/problem-shared-violations.js';
import { revokedProxy } from '../ticket/hostile-values.js';

// The shared messages: a detail that is absent is written « ? », an empty path « (command) »,
// a path's index as code writes it; a violation without details has no details key; a code
// with no message is a TypeError naming it.

const shared = violationsOf({});

describe('an absent detail is written ?', () => {
  it('a required field without its name', () => {
    expect(shared('problem-field-required').message).toEqual({
      fr: 'Le champ « ? » est obligatoire.',
      en: 'The field "?" is required.',
    });
  });

  it('an invalid field without its name or what is allowed', () => {
    expect(problemViolation('problem-field-invalid', {}).message.en).toBe(
      'The field "?" has an invalid value; allowed: ?.',
    );
  });
});

describe('the path of a malformed command', () => {
  it('empty: (command)', () => {
    expect(decideProblem(revokedProxy() as never, initialProblemState)).toEqual({
      ok: false,
      error: [
        {
          code: 'problem-malformed-command',
          message: {
            fr: 'Commande mal formée : (command) — could not be read.',
            en: 'Malformed command: (command) — could not be read.',
          },
          details: { path: [], reason: 'could not be read' },
        },
      ],
    });
  });

  it('an index is written as code writes it (-0 as 0)', () => {
    const v = problemViolation('problem-malformed-command', {
      path: ['incidents', -0, 'id'],
      reason: 'r',
    });
    expect(v.message.en).toBe('Malformed command: incidents.0.id — r.');
  });
});

describe('violationsOf', () => {
  it('without details: no details key', () => {
    expect(shared('problem-without-incident')).toStrictEqual({
      code: 'problem-without-incident',
      message: {
        fr: 'Un problème est la cause inconnue d’au moins un incident : liez au moins un incident.',
        en: 'A problem is the unknown cause of at least one incident: link at least one incident.',
      },
    });
  });

  it('a code with no message is a TypeError naming it', () => {
    expect(() => shared('problem-on-fire' as never)).toThrow(
      new TypeError('No message for the code problem-on-fire.'),
    );
  });
});
