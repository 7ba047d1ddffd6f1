// The snapshot parseInterventionReport validates: where it is cut, and how a path is read in it.
import { describe, expect, it } from 'vitest';
import { ownDataSnapshot, snapshotValueAt } from '../../src/report/own-data-snapshot.js';

/** `{ a: { a: … { a: 'leaf' } } }` with `levels` objects. */
function nested(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value;
}

describe('snapshotValueAt', () => {
  it('reads a value down a path of keys and positions', () => {
    expect(
      snapshotValueAt({ equipment: [{ identifier: 'PC-1' }] }, ['equipment', 0, 'identifier']),
    ).toBe('PC-1');
    expect(snapshotValueAt('x', [])).toBe('x');
  });

  it('is undefined past a null, a text or a number, never a character or a throw', () => {
    expect(snapshotValueAt({ user: null }, ['user', 'name'])).toBeUndefined();
    expect(snapshotValueAt(null, ['user'])).toBeUndefined();
    expect(snapshotValueAt({ user: 'Claire' }, ['user', 0])).toBeUndefined();
    expect(snapshotValueAt({ user: 'Claire' }, ['user', 'length'])).toBeUndefined();
    expect(snapshotValueAt({ amount: 12 }, ['amount', 'toFixed'])).toBeUndefined();
  });
});

describe('ownDataSnapshot', () => {
  it('copies 8 levels of objects and cuts the 9th into an empty object without prototype', () => {
    const snapshot = ownDataSnapshot(nested(12));
    const path = (n: number) => Array.from({ length: n }, () => 'a');
    expect(Object.keys(snapshotValueAt(snapshot, path(7)) as object)).toEqual(['a']);
    const cut = snapshotValueAt(snapshot, path(8)) as object;
    expect(Object.keys(cut)).toEqual([]);
    expect(Object.getPrototypeOf(cut)).toBeNull();
    expect(ownDataSnapshot(nested(8))).toEqual(nested(8));
  });

  it('counts the levels of arrays too: a list nested 9 deep is cut like an object', () => {
    let lists: unknown = 'leaf';
    for (let i = 0; i < 12; i += 1) lists = [lists];
    const snapshot = ownDataSnapshot(lists);
    const path = (n: number) => Array.from({ length: n }, () => 0);
    expect(snapshotValueAt(snapshot, path(7))).toEqual([{}]);
    const cut = snapshotValueAt(snapshot, path(8)) as object;
    expect(Array.isArray(cut)).toBe(false);
    expect(Object.getPrototypeOf(cut)).toBeNull();
  });
});
