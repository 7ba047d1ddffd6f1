import { describe, expect, it } from 'vitest';
import { parseProblemCommand, problemCommandTypes } from '../../src/problem/index.js';

// A value that is not a command object is refused as an unknown command whose type is written
// « undefined » (as decideProblem does), its details holding that text and the expected types.

describe('parseProblemCommand on a value that is not an object', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['a text', 'close-problem'],
    ['undefined', undefined],
  ])('%s: the type is the text "undefined"', (_, input) => {
    expect(parseProblemCommand(input)).toEqual({
      ok: false,
      error: [
        {
          code: 'problem-unknown-command',
          message: {
            fr: 'Commande inconnue pour un problème : undefined.',
            en: 'Unknown problem command: undefined.',
          },
          details: { type: 'undefined', expected: [...problemCommandTypes] },
        },
      ],
    });
  });

  it('a type that is not a text is described', () => {
    const result = parseProblemCommand({ type: 7 });
    expect(result.ok ? undefined : result.error[0]?.details).toEqual({
      type: '7',
      expected: [...problemCommandTypes],
    });
  });
});
