import { err, ok } from '../../src/core/result.js';
import type { RuleViolation } from '../../src/core/rule-violation.js';
import type { Decider } from '../../src/storage/command-handler.js';

/** A tiny decider for the tests: a counter that never goes over its limit. */
export type CounterCommand = { readonly type: 'add'; readonly amount: number };
export type CounterEvent = { readonly type: 'added'; readonly amount: number };
export type CounterViolation = RuleViolation<'over-limit'>;

export const counterLimit = 10;

export const counter: Decider<CounterCommand, CounterEvent, number, CounterViolation> = {
  decide(command, total) {
    if (total + command.amount > counterLimit) {
      return err({
        code: 'over-limit',
        message: { fr: 'Limite dépassée.', en: 'Over the limit.' },
        details: { total, amount: command.amount },
      });
    }
    return ok(command.amount === 0 ? [] : [{ type: 'added', amount: command.amount }]);
  },
  evolve: (total, event) => total + event.amount,
  initialState: 0,
};

export const add = (amount: number): CounterCommand => ({ type: 'add', amount });
