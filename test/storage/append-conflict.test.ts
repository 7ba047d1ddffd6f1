import { describe, expect, it } from 'vitest';
import { appendConflict } from '../../src/storage/append-conflict.js';
import { streamId } from '../../src/storage/stream-id.js';
import { revokedProxy, throwingConversions } from '../ticket/hostile-values.js';

// Issue 10 item 2: appendConflict throws only its documented TypeError, whatever it is given.
describe('appendConflict under hostile input (issue 10)', () => {
  const id = streamId('ticket-1');
  const thrown = (act: () => unknown): Error => {
    try {
      act();
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected a throw');
  };

  it('refuses a stream id, an expected or an actual version of the wrong kind, describing it', () => {
    const cases: [() => unknown, string][] = [
      [
        () => appendConflict(Object.create(null), 0, 1),
        "A stream id must be a non-empty string such as 'ticket-42', got an object without prototype.",
      ],
      [
        () => appendConflict(id, throwingConversions() as never, 1),
        "expectedVersion must be an integer ≥ 0 (0 for a stream that must not exist yet) or 'any', got an object.",
      ],
      [
        () => appendConflict(id, 0, revokedProxy() as never),
        'appendConflict: actualVersion must be an integer ≥ 0, got an unreadable object.',
      ],
      [
        () => appendConflict(id, 0, 1n as never),
        'appendConflict: actualVersion must be an integer ≥ 0, got 1n.',
      ],
      [
        () => appendConflict(id, 0, -1),
        'appendConflict: actualVersion must be an integer ≥ 0, got -1.',
      ],
      [
        () => appendConflict(id, 0, 1.5),
        'appendConflict: actualVersion must be an integer ≥ 0, got 1.5.',
      ],
    ];
    for (const [act, message] of cases) {
      const error = thrown(act);
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toBe(message);
    }
  });

  it('still builds the conflict of valid values', () => {
    expect(appendConflict(id, 'any', 3)).toMatchObject({
      code: 'append-conflict',
      expectedVersion: 'any',
      actualVersion: 3,
    });
  });
});
