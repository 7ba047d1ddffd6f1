import type { TicketState } from '../../src/ticket/index.js';

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type FieldOf<T, K extends PropertyKey> = T extends unknown
  ? K extends keyof T
    ? T[K]
    : undefined
  : never;
type Held<K extends PropertyKey> = Exclude<FieldOf<TicketState, K>, undefined>;

/**
 * Every field any stage of a ticket holds, read without narrowing on `status` first: a field
 * the state's stage does not hold reads `undefined`, but a list reads empty and a flag
 * `false` (a ticket not yet opened has no record yet). For tests that assert field values
 * across stages; the library's own code narrows on the stage instead.
 */
export type TicketFields = {
  readonly [K in KeysOfUnion<TicketState>]: Held<K> extends readonly unknown[] | boolean
    ? Held<K>
    : FieldOf<TicketState, K>;
};

const notOpenedYet = {
  awaitingAcknowledgement: false,
  callBackPending: false,
  handoffs: [],
  interventions: [],
  solutions: [],
  pauses: [],
  reopenings: [],
  problems: [],
  userInformedAt: [],
  commitments: [],
  rebaselines: [],
} as const;

/** The state read through {@link TicketFields} (the same object once the ticket is opened). */
export function fieldsOf(state: TicketState): TicketFields {
  if (state.status === 'new') return { ...notOpenedYet, ...state } as unknown as TicketFields;
  return state as unknown as TicketFields;
}
