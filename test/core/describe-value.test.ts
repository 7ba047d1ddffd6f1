import { test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/core/describe-value.js';
import { anythingOdd } from '../odd-values.js';

describe('describeValue', () => {
  it('writes primitives as in code', () => {
    expect(describeValue('P1')).toBe('"P1"');
    expect(describeValue(3)).toBe('3');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(12n)).toBe('12n');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(Symbol('x'))).toBe('Symbol("x")');
    expect(describeValue(Symbol())).toBe('Symbol()');
    expect(describeValue(() => 1)).toBe('a function');
  });

  it('cuts long text and long BigInts, and says how long the text was', () => {
    const text = 'x'.repeat(10_000_000);
    expect(describeValue(text)).toBe(`"${'x'.repeat(40)}"… (10000000 characters)`);
    expect(describeValue(10n ** 100n)).toBe(`1${'0'.repeat(29)}…n`);
  });

  it('names objects by their kind without reading them', () => {
    expect(describeValue([1, 2])).toBe('an array');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(Object.create(null))).toBe('an object without prototype');
    expect(describeValue(new Date(Date.UTC(2026, 0, 2)))).toBe('a Date (2026-01-02T00:00:00.000Z)');
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date');
    expect(describeValue(new Map())).toBe('a Map');
    expect(describeValue(new Set())).toBe('a Set');
    expect(describeValue(new Uint8Array(2))).toBe('a typed array or DataView');
    expect(describeValue(Object(1))).toBe('a boxed number');
    expect(describeValue(Object('a'))).toBe('a boxed string');
    expect(describeValue(Object(1n))).toBe('a boxed BigInt');
    expect(describeValue(/a/)).toBe('a regular expression');
    expect(describeValue(new RangeError('x'))).toBe('an Error');
    expect(describeValue(new (class Ticket {})())).toBe('an object of a class');
  });

  it('never runs caller code: getters, toString, toJSON and Proxy traps', () => {
    let calls = 0;
    const hostile = {
      get type() {
        calls++;
        throw new Error('getter');
      },
      toString() {
        calls++;
        throw new Error('toString');
      },
      toJSON() {
        calls++;
        throw new Error('toJSON');
      },
    };
    expect(describeValue(hostile)).toBe('an object');
    expect(calls).toBe(0);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeValue(proxy)).toBe('an unreadable object');
    const trapping = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(describeValue(trapping)).toBe('an unreadable object');
    const fakeDate = Object.create(Date.prototype);
    expect(describeValue(fakeDate)).toBe('an object of a class');
  });

  it('describes a cycle without walking it', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('an object');
  });

  fcTest.prop([anythingOdd()])('never throws and stays short, whatever the value', (value) => {
    expect(describeValue(value).length).toBeLessThanOrEqual(100);
  });
});
