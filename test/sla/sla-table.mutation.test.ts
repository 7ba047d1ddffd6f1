import { describe, expect, it } from 'vitest';
import { defineSlaTable, slaTargetsFor } from '../../src/sla/index.js';
import { configurationRefusal as refusal } from '../core/configuration-refusal.js';

// defineSlaTable (seed §2.5.2.4, « Indicateurs de traitement des priorités »): each refusal is
// a ConfigurationError with its own message, never a TypeError escaping a missing check, and
// each bound of the table's rules (a rate of exactly 1, equal durations) is accepted.

const p1 = slaTargetsFor(1);
const p2 = slaTargetsFor(2);
const p3 = slaTargetsFor(3);
const p4 = slaTargetsFor(4);
const table = (one: unknown) => ({ 1: one, 2: p2, 3: p3, 4: p4 }) as never;

describe('a success rate is a fraction in (0, 1]', () => {
  const withRate = (successRate: unknown) =>
    table({ ...p1, detection: { within: { minutes: 1 }, successRate } });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [0, '0'],
    [-0.5, '-0.5'],
    [1.0001, '1.0001'],
    ['0.99', '"0.99"'],
  ])('%s is refused', (rate, shown) => {
    const error = refusal(() => defineSlaTable(withRate(rate)));
    expect(error.message).toBe(
      `SLA table: 1.detection.successRate must be a fraction in (0, 1] (99 % is 0.99), got ${shown}.`,
    );
    expect(error.path).toEqual(['1', 'detection', 'successRate']);
  });

  it('a rate of exactly 1 (every call within the target) is accepted', () => {
    expect(slaTargetsFor(1, defineSlaTable(withRate(1))).detection.successRate).toBe(1);
  });
});

describe('a target and a priority must be objects', () => {
  it.each([
    [null, 'null'],
    ['fast', '"fast"'],
  ])('a target %s is refused as not { within, successRate }', (target, shown) => {
    const error = refusal(() => defineSlaTable(table({ ...p1, resolution: target })));
    expect(error.message).toBe(
      `SLA table: 1.resolution must be { within, successRate }, got ${shown}.`,
    );
  });

  it.each([null, 'urgent'])('a priority given as %s is refused as missing', (value) => {
    const error = refusal(() => defineSlaTable(table(value)));
    expect(error.message).toBe(
      'SLA table: priority 1 is missing; every priority needs { detection, resolution, maxDelay }.',
    );
    expect(error.path).toEqual(['1']);
  });
});

describe('the bounds of the orders are inclusive', () => {
  it('detection = resolution = maximum delay is accepted', () => {
    const hour = { within: { hours: 1 }, successRate: 0.9 };
    const flat = { detection: hour, resolution: hour, maxDelay: { hours: 1 } };
    const defined = defineSlaTable({ A: flat }, { priorities: ['A'] });
    expect(slaTargetsFor('A', defined).maxDelay).toEqual({ hours: 1 });
  });

  it('two priorities with the same targets are accepted (targets tighten or stay)', () => {
    const defined = defineSlaTable({ 1: p2, 2: p2, 3: p3, 4: p4 });
    expect(slaTargetsFor(1, defined)).toEqual(p2);
  });
});

describe('the scale and the spec', () => {
  const scaleMessage =
    'SLA table: options.priorities must be a non-empty list of distinct priorities.';

  it.each([
    ['a string', 'P1'],
    ['an empty list', []],
    ['a repeated level', [1, 1]],
  ])('a scale that is %s is refused', (_, priorities) => {
    const error = refusal(() => defineSlaTable({} as never, { priorities } as never));
    expect(error.message).toBe(scaleMessage);
    expect(error.path).toEqual(['priorities']);
  });

  it.each([
    ['an empty string', '', '""'],
    ['NaN', Number.NaN, 'NaN'],
    ['an object with a length', { length: 1 }, 'an object'],
  ])('a level that is %s is refused', (_, level, shown) => {
    const error = refusal(() =>
      defineSlaTable({} as never, { priorities: ['P1', level] } as never),
    );
    expect(error.message).toBe(
      `SLA table: options.priorities[1] is ${shown}; expected a non-empty string or a finite number.`,
    );
    expect(error.path).toEqual(['priorities', 1]);
  });

  it.each([null, 'table', 7])('a spec %s is refused as not an object', (spec) => {
    const error = refusal(() => defineSlaTable(spec as never));
    expect(error.message).toBe(
      'SLA table: expected an object mapping each priority to its targets.',
    );
  });

  it('a priority outside the scale is named with the scale', () => {
    const error = refusal(() => defineSlaTable({ 1: p1, 2: p2, 3: p3, 4: p4, 5: p4 } as never));
    expect(error.message).toBe('SLA table: "5" is not a priority of the scale 1, 2, 3, 4.');
  });
});
