import { expectTypeOf, test } from 'vitest';
import {
  definePriorityMatrix,
  type Impact,
  type Priority,
  priorityOf,
  type Urgency,
} from '../../src/qualification/index.js';
import { qualify } from '../../src/sla/index.js';

test('the seed levels are literal unions', () => {
  expectTypeOf<Impact>().toEqualTypeOf<'company' | 'department' | 'user'>();
  expectTypeOf<Urgency>().toEqualTypeOf<'blocked' | 'degraded' | 'can-wait'>();
  expectTypeOf<Priority>().toEqualTypeOf<1 | 2 | 3 | 4>();
  expectTypeOf(priorityOf('company', 'blocked')).toEqualTypeOf<Priority>();
  expectTypeOf(qualify({ impact: 'user', urgency: 'degraded' }).priority).toEqualTypeOf<Priority>();
});

test('a custom matrix is typed from its arguments', () => {
  const matrix = definePriorityMatrix({
    impacts: ['wide', 'narrow'],
    urgencies: ['now', 'later'],
    priorities: ['P1', 'P2', 'P3'],
    cells: { wide: { now: 'P1', later: 'P2' }, narrow: { now: 'P2', later: 'P3' } },
  });
  expectTypeOf(priorityOf('wide', 'now', matrix)).toEqualTypeOf<'P1' | 'P2' | 'P3'>();
  // @ts-expect-error 'company' is not an impact of this matrix
  priorityOf('company', 'now', matrix);
  // @ts-expect-error 'blocked' is not an urgency of this matrix
  priorityOf('wide', 'blocked', matrix);
});

test('a cell missing from a typed matrix does not compile', () => {
  definePriorityMatrix({
    impacts: ['wide', 'narrow'],
    urgencies: ['now', 'later'],
    priorities: [1, 2],
    cells: {
      wide: { now: 1, later: 2 },
      // @ts-expect-error the cell narrow.later is missing
      narrow: { now: 2 },
    },
  });
  definePriorityMatrix({
    impacts: ['wide'],
    urgencies: ['now'],
    priorities: [1, 2],
    // @ts-expect-error 3 is not a declared priority
    cells: { wide: { now: 3 } },
  });
});

test('the seed helpers refuse unknown levels at compile time', () => {
  // @ts-expect-error 'everyone' is not an Impact
  priorityOf('everyone', 'blocked');
  // @ts-expect-error 'later' is not an Urgency
  qualify({ impact: 'user', urgency: 'later' });
});
