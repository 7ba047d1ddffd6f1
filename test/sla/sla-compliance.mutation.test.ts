import { describe, expect, it } from 'vitest';
import {
  defaultSlaTable,
  type SlaTable,
  slaCompliance,
  slaComplianceLine,
} from '../../src/sla/index.js';

// slaCompliance and slaComplianceLine (seed §2.5.2.4: the success rate of each target): the
// inclusive bounds (nothing met, a rate of exactly 1) and each refusal by its own message,
// never a TypeError escaping a missing check.

describe('slaComplianceLine bounds', () => {
  it('nothing met of ten is a line, not a refusal', () => {
    expect(slaComplianceLine(0, 10, 0.9)).toMatchObject({ met: 0, total: 10, rate: 0, ok: false });
  });

  it('a success rate of exactly 1 is accepted', () => {
    expect(slaComplianceLine(4, 4, 1)).toMatchObject({ rate: 1, successRate: 1, ok: true });
  });

  it.each([0, -0.1, 1.5, Number.NaN])('a success rate of %s is refused', (successRate) => {
    expect(() => slaComplianceLine(1, 1, successRate)).toThrowError(
      /^slaComplianceLine: successRate must be in \(0, 1\], got /,
    );
  });
});

describe('slaCompliance refusals', () => {
  const tableMessage =
    /^slaCompliance: table must be an SLA table made by defineSlaTable \(or defaultSlaTable\), got /;

  it.each([null, {}, 'table'])('a table %s is refused by its own message', (table) => {
    expect(() => slaCompliance([], table as never)).toThrowError(tableMessage);
  });

  it('a result that is null is refused by its own message', () => {
    expect(() => slaCompliance([null as never])).toThrowError(
      'slaCompliance: result 0 must be { priority, target, met }, got null.',
    );
  });

  it('a table whose scale names a priority without targets is refused', () => {
    const forged = {
      priorities: [1, 2],
      targets: new Map([[1, defaultSlaTable.targets.get(1)]]),
    } as unknown as SlaTable<number>;
    expect(() => slaCompliance([], forged)).toThrowError(
      'slaCompliance: the table has no targets for priority 2.',
    );
  });
});

// Second run's survivors: a `typeof` check that the next one does not repeat. A comparison
// coerces (true > 0, '0.5' <= 1) and a function has fields like an object, so each `typeof`
// is the only thing refusing these values.
describe('slaCompliance and slaComplianceLine: values only their typeof check refuses', () => {
  it.each([true, '0.5', 1n])('a success rate %s that compares like a number is refused', (rate) => {
    expect(() => slaComplianceLine(1, 2, rate as never)).toThrowError(
      /^slaComplianceLine: successRate must be in \(0, 1\], got /,
    );
  });

  it('a function carrying a table’s fields is not a table', () => {
    const forged = Object.assign(() => undefined, {
      priorities: defaultSlaTable.priorities,
      targets: defaultSlaTable.targets,
    });
    expect(() => slaCompliance([], forged as never)).toThrowError(
      /^slaCompliance: table must be an SLA table made by defineSlaTable \(or defaultSlaTable\), got /,
    );
  });

  it('a function carrying a result’s fields is not a result', () => {
    const forged = Object.assign(() => undefined, { priority: 1, target: 'detection', met: true });
    expect(() => slaCompliance([forged as never])).toThrowError(
      /^slaCompliance: result 0 must be \{ priority, target, met \}, got /,
    );
  });

  it('a primitive result is refused as a result, not as a priority', () => {
    expect(() => slaCompliance([5 as never])).toThrowError(
      'slaCompliance: result 0 must be { priority, target, met }, got 5.',
    );
  });

  it('a table whose scale changes between two reads is refused by its own message', () => {
    // The scale is read once to count, once more to report: a getter answering another
    // priority the second time leaves that priority uncounted.
    let reads = 0;
    const forged = {
      get priorities() {
        reads += 1;
        return reads <= 2 ? [1] : [2];
      },
      targets: defaultSlaTable.targets,
    };
    expect(() => slaCompliance([], forged as never)).toThrowError(
      'slaCompliance: the table has no targets for priority 2.',
    );
  });
});
