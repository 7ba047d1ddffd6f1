import { describe, expect, it } from 'vitest';
import { decideProblem, initialProblemState } from '../../src/problem/index.js';
import { isText } from '../../src/problem/problem-command-parts.js';
import { lifecycle } from './problem-fixtures.js';

// A text field holds a non-blank string: a number or null is no text, and is refused as a
// missing title (seed §4.4.1: the problem is recorded with its title), never thrown.

describe('isText', () => {
  it.each([
    ['a word', 'a', true],
    ['blank', ' ', false],
    ['empty', '', false],
    ['a number', 3, false],
    ['null', null, false],
    ['an object', {}, false],
  ])('%s: %j', (_, value, expected) => {
    expect(isText(value)).toBe(expected);
  });

  it('record-problem with a numeric title is refused as without title', () => {
    expect(decideProblem({ ...lifecycle.record, title: 3 } as never, initialProblemState)).toEqual({
      ok: false,
      error: [
        {
          code: 'problem-field-required',
          message: {
            fr: 'Le champ « title » est obligatoire.',
            en: 'The field "title" is required.',
          },
          details: { field: 'title' },
        },
      ],
    });
  });
});
