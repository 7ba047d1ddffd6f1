import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  decideProblem,
  initialProblemState,
  type ProblemCommand,
  parseProblemCommand,
  problemCommandTypes,
} from '../../src/problem/index.js';
import { lifecycle } from './problem-fixtures.js';

const json = (command: ProblemCommand): unknown => JSON.parse(JSON.stringify(command));

describe('parseProblemCommand', () => {
  it.each(Object.entries(lifecycle))('reads the %s command back from JSON', (_, command) => {
    expect(parseProblemCommand(json(command))).toEqual({ ok: true, value: command });
  });

  it('trims texts, brands ids and drops unknown keys', () => {
    const result = parseProblemCommand({
      type: 'record-cause',
      problemId: ' PB-1 ',
      at: '2026-03-02T10:00:00+01:00',
      actor: { id: 'n2-ana', level: 2, badge: 7 },
      cause: '  Pilote défectueux ',
      extra: true,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        type: 'record-cause',
        problemId: 'PB-1',
        at: new Date('2026-03-02T09:00:00Z'),
        actor: { id: 'n2-ana', level: 2 },
        cause: 'Pilote défectueux',
      },
    });
  });

  it('names every malformed field', () => {
    const result = parseProblemCommand({
      type: 'record-solution',
      problemId: 'PB-1',
      at: 'hier',
      actor: { id: 'x', level: 4 },
      kind: 'loan',
      description: '',
    });
    expect(result.ok ? [] : result.error.map((v) => [v.code, v.details?.path])).toEqual([
      ['problem-malformed-command', ['at']],
      ['problem-malformed-command', ['actor', 'level']],
      ['problem-malformed-command', ['kind']],
      ['problem-malformed-command', ['description']],
    ]);
    if (!result.ok) expect(result.error[0]?.message.fr).toMatch(/^Commande mal formée : at — /);
  });

  it.each([undefined, null, 42, 'close-problem', [], {}, { type: 'delete-problem' }])(
    'refuses %j as an unknown command',
    (input) => {
      const result = parseProblemCommand(input);
      expect(result.ok ? [] : result.error.map((v) => v.code)).toEqual(['problem-unknown-command']);
    },
  );

  it('does not let a __proto__ payload through', () => {
    const input = JSON.parse(
      '{"type":"close-problem","problemId":"PB-1","at":"2026-03-02T10:00:00Z","actor":{"id":"a","level":2},"__proto__":{"polluted":true}}',
    );
    const result = parseProblemCommand(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.hasOwn(result.value, '__proto__')).toBe(false);
      expect((result.value as unknown as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test.prop([fc.anything({ withDate: true, withMap: true, withNullPrototype: true })])(
    'never throws, whatever the input',
    (input) => {
      const result = parseProblemCommand(input);
      expect(typeof result.ok).toBe('boolean');
    },
  );

  test.prop([
    fc.constantFrom(...problemCommandTypes),
    fc.dictionary(fc.string(), fc.anything(), { maxKeys: 6 }),
  ])('never throws on a known type with arbitrary fields', (type, fields) => {
    const result = parseProblemCommand({ ...fields, type });
    if (result.ok) expect(() => decideProblem(result.value, initialProblemState)).not.toThrow();
  });
});
