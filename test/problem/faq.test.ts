import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createKnownErrorBase,
  type KnownError,
  problemId,
  toFaqEntries,
} from '../../src/problem/index.js';
import { thrownError as thrown } from '../core/thrown-error.js';
import { anythingOdd } from '../odd-values.js';
import { revokedProxy, throwingGetter, trappedProxy } from '../ticket/hostile-values.js';

// Issue 10 item 2: toFaqEntries throws only its documented TypeError, whatever it is given.
// (Its seed cases, §4.4.2, are in known-error-base.test.ts with the base they publish.)

/** The error `act` threw (the test fails when it returns). */

const screen: KnownError = {
  id: problemId('PB-1'),
  status: 'known-error',
  title: 'Écran noir au démarrage',
  keywords: ['affichage'],
  cause: 'Câble HDMI défectueux',
  solutions: [{ kind: 'workaround', description: 'Brancher l’écran en VGA.' }],
  incidents: [],
  internalNotes: [],
};

describe('toFaqEntries under hostile input (issue 10)', () => {
  it('refuses what is neither a list nor a base, describing it', () => {
    const error = thrown(() => toFaqEntries(Object.create(null)));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      'toFaqEntries: expected a list of known errors or a known-error base, got an object without prototype.',
    );
    expect(thrown(() => toFaqEntries('PB-1' as never)).message).toBe(
      'toFaqEntries: expected a list of known errors or a known-error base, got "PB-1".',
    );
    expect(thrown(() => toFaqEntries([], null as never)).message).toBe(
      'toFaqEntries: options must be { includeCause? }, got null.',
    );
  });

  it('names the entry and the field of the wrong kind', () => {
    expect(thrown(() => toFaqEntries([screen, null as never])).message).toBe(
      'toFaqEntries: entries[1] must be a known error { id, title, keywords, solutions, … }, got null.',
    );
    expect(thrown(() => toFaqEntries([{ ...screen, keywords: [1n] } as never])).message).toBe(
      'toFaqEntries: entries[0].keywords[0] must be a text, got 1n.',
    );
    expect(
      thrown(() => toFaqEntries([{ ...screen, solutions: [{ kind: 'magic' }] } as never])).message,
    ).toBe(
      'toFaqEntries: entries[0].solutions[0].kind must be one of "workaround", "fix", got "magic".',
    );
    expect(
      thrown(() => toFaqEntries([{ ...screen, cause: 7 } as never], { includeCause: true }))
        .message,
    ).toBe('toFaqEntries: entries[0].cause must be a text, got 7.');
  });

  it('turns a Proxy or a getter that throws into its TypeError', () => {
    const entry = { ...screen };
    throwingGetter(entry, 'title');
    for (const value of [
      revokedProxy(),
      trappedProxy([screen]),
      [entry],
      { entries: revokedProxy() },
    ]) {
      const error = thrown(() => toFaqEntries(value as never));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/^toFaqEntries: the input could not be read as plain data/);
    }
  });

  it('publishes a list and a base alike', () => {
    expect(toFaqEntries([screen])).toEqual(toFaqEntries(createKnownErrorBase([screen])));
  });

  test.prop([anythingOdd(), fc.constantFrom('id', 'title', 'symptom', 'keywords', 'solutions')])(
    'any value in any field gives entries or its TypeError',
    (value, field) => {
      try {
        toFaqEntries([{ ...screen, [field]: value } as never], { includeCause: true });
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toMatch(/^toFaqEntries: /);
      }
    },
  );
});
