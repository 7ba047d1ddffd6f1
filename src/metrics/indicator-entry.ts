import { dateSlot } from '../core/date-slot.js';
import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';
import { priorities } from '../qualification/levels.js';
import type { SlaTargets } from '../sla/sla-table.js';
import type { WorkingDuration } from '../sla/working-duration.js';
import { maxLabelLength } from '../ticket/ticket-command-parts.js';
import type { TicketEvent } from '../ticket/ticket-events.js';
import { ticketEventTypes } from '../ticket/ticket-events.js';
import type { TechnicianId } from '../ticket/ticket-ids.js';
import type { TicketIndicatorEvent } from '../ticket/ticket-indicator-projection.js';
import { type CallQueueEvent, callQueueEventTypes } from './call-queue-events.js';

/**
 * One event as the indicators read it: the stream it belongs to (a ticket's id for ticket
 * events) and the event, with, when it comes from a store, its `version` in the stream and
 * its `position` in the store's global order — a `StoredEvent` from an `EventStore` has this
 * shape. With them, an event delivered twice counts once.
 */
export interface IndicatorEntry {
  readonly streamId: string;
  /** A ticket or call-queue event (events of any other type met at run time are skipped). */
  readonly event: TicketEvent | CallQueueEvent;
  /** Its place in its stream, from 1: an event of a stream at or below the last version seen is a repeat, skipped. */
  readonly version?: number;
  /** Its place in the store's global order: an entry at or below the last position seen is a repeat, skipped. */
  readonly position?: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Scratch<T extends TicketIndicatorEvent['type']> = Mutable<
  Extract<TicketIndicatorEvent, { readonly type: T }>
>;

/**
 * The copies of ticket events a {@link CheckedEntry} refills, one per shape: the indicators
 * fold an event and let it go (they keep its date and interned fields, never the event), so
 * one copy of each shape serves every entry.
 */
interface TicketEventCopies {
  readonly opened: Scratch<'ticket-opened'>;
  readonly qualified: Scratch<'ticket-qualified'>;
  readonly handedOff: Scratch<'ticket-handed-off'>;
  readonly takenInCharge: Scratch<'ticket-taken-in-charge'>;
  readonly solution: Scratch<'solution-applied'>;
  readonly paused: Scratch<'ticket-paused'>;
  readonly rebaselined: Scratch<'policy-rebaselined'>;
  readonly rebaselinedWithTargets: Mutable<
    Required<Extract<TicketIndicatorEvent, { readonly type: 'policy-rebaselined' }>>
  >;
  readonly plain: PlainCopy;
}

type PlainCopy = {
  type: Exclude<
    TicketIndicatorEvent['type'],
    | 'ticket-opened'
    | 'ticket-qualified'
    | 'ticket-handed-off'
    | 'ticket-taken-in-charge'
    | 'solution-applied'
    | 'ticket-paused'
    | 'policy-rebaselined'
  >;
  at: Date;
};

/**
 * An entry checked and copied: what the accumulator folds. The reader fills one its caller
 * owns and reuses, ticket events included (no allocation an entry): what it holds is valid
 * until the next entry is read into it.
 */
export interface CheckedEntry {
  kind: 'ticket' | 'call' | 'other';
  streamId: string;
  version: number | undefined;
  position: number | undefined;
  /** The ticket event's copy, when `kind` is `'ticket'` (one of `copies`, refilled). */
  ticket: TicketIndicatorEvent | undefined;
  /** The call event's copy, when `kind` is `'call'`. */
  call: CallQueueEvent | undefined;
  readonly copies: TicketEventCopies;
}

/**
 * An empty {@link CheckedEntry} to fill.
 *
 * @example
 * ```ts
 * newCheckedEntry().kind;
 * //=> 'other'
 * ```
 */
export function newCheckedEntry(): CheckedEntry {
  const at = new Date(0);
  const targets = undefined as unknown as SlaTargets;
  return {
    kind: 'other',
    streamId: '',
    version: undefined,
    position: undefined,
    ticket: undefined,
    call: undefined,
    copies: {
      opened: { type: 'ticket-opened', at, policyVersion: '' },
      qualified: { type: 'ticket-qualified', at, priority: 1, targets, category: undefined },
      handedOff: { type: 'ticket-handed-off', at, kind: 'transfer', group: undefined },
      takenInCharge: { type: 'ticket-taken-in-charge', at, group: undefined },
      solution: {
        type: 'solution-applied',
        at,
        nature: 'definitive',
        // Stryker disable next-line ObjectLiteral: every field of a copy but its type is written before the copy is handed out; `by` is always replaced
        by: { id: '' as TechnicianId, level: 1 },
      },
      paused: { type: 'ticket-paused', at, reason: 'waiting-for-user' },
      rebaselined: { type: 'policy-rebaselined', at, toVersion: '' },
      rebaselinedWithTargets: { type: 'policy-rebaselined', at, toVersion: '', targets },
      // Stryker disable next-line ObjectLiteral: the plain copy's type and date are both written before it is handed out
      plain: { type: 'ticket-closed', at },
    },
  };
}

const ticketTypes: ReadonlySet<string> = new Set(ticketEventTypes);
const callTypes: ReadonlySet<string> = new Set(callQueueEventTypes);

/** A refusal of an entry, found while reading it (rethrown as a plain TypeError). */
class Refusal extends TypeError {}

/**
 * Whether `error` is one of this file's own refusals (of an entry, or of SLA targets read by
 * {@link readTargets}), and not an error a caller's getter or Proxy threw, whatever its message
 * says: the restore of a save names these refusals and never repeats what a caller threw.
 *
 * @example
 * ```ts
 * const refused = (() => { try { readTargets(null, 'targets'); } catch (e) { return e; } })();
 * isEntryRefusal(refused);
 * //=> true
 * isEntryRefusal(new TypeError('Indicators: a lookalike'));
 * //=> false
 * ```
 */
export function isEntryRefusal(error: unknown): boolean {
  return error instanceof Refusal;
}

type Rec = Record<string, unknown>;

function readObject(value: unknown, what: string): object {
  if (typeof value !== 'object' || value === null) {
    throw new Refusal(`Indicators: ${what} must be an object, got ${describeValue(value)}.`);
  }
  return value;
}

function readString(value: unknown, what: string): string {
  if (typeof value !== 'string') {
    throw new Refusal(`Indicators: ${what} must be a string, got ${describeValue(value)}.`);
  }
  return value;
}

/**
 * A real `Date` holding a valid instant (a Proxy or a look-alike is refused): the caller's own
 * when it is a plain `Date`, else a copy (a subclass may override what it answers).
 */
function readDate(value: unknown, what: string): Date {
  const ms = dateSlot(value);
  if (ms === undefined) {
    throw new Refusal(`Indicators: ${what} must be a Date, got ${describeValue(value)}.`);
  }
  if (!Number.isFinite(ms)) {
    throw new Refusal(`Indicators: ${what} is not a valid instant (${describeValue(value)}).`);
  }
  return Object.getPrototypeOf(value) === Date.prototype ? (value as Date) : new Date(ms);
}

function readCount(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new Refusal(
      `Indicators: ${what} must be a whole number ≥ 1 when given, got ${describeValue(value)}.`,
    );
  }
  return value;
}

function readChoice<T>(value: unknown, allowed: readonly T[], what: string): T {
  if (!allowed.includes(value as T)) {
    throw new Refusal(
      `Indicators: ${what} must be one of ${allowed.map((a) => describeValue(a)).join(', ')}, got ${describeValue(value)}.`,
    );
  }
  return value as T;
}

const units = ['days', 'hours', 'minutes', 'seconds'] as const;

function readDuration(value: unknown, what: string): WorkingDuration {
  const o = readObject(value, what);
  const copy: { -readonly [K in keyof WorkingDuration]: number } = {};
  let total = 0;
  for (const unit of units) {
    const amount = (o as Rec)[unit];
    if (amount === undefined) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
      throw new Refusal(
        `Indicators: ${what}.${unit} must be a finite number ≥ 0, got ${describeValue(amount)}.`,
      );
    }
    copy[unit] = amount;
    total += amount;
  }
  if (total <= 0) {
    throw new Refusal(`Indicators: ${what} must be a positive duration, got ${describeValue(o)}.`);
  }
  return Object.freeze(copy);
}

function readRate(value: unknown, what: string): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
    throw new Refusal(`Indicators: ${what} must be a rate in (0, 1], got ${describeValue(value)}.`);
  }
  return value;
}

// Targets come from a policy's table: a handful of distinct values, shared by every ticket of
// a priority. Copies are interned by value so that tracked tickets share them (bounded).
const internedTargets = new Map<string, SlaTargets>();
const maxInterned = 256;

function durationKey(d: WorkingDuration): string {
  return `${d.days ?? ''}/${d.hours ?? ''}/${d.minutes ?? ''}/${d.seconds ?? ''}`;
}

// Targets stamped from a policy's table are frozen through and through: checked once.
const checkedFrozen = new WeakMap<object, SlaTargets>();

function deeplyFrozen(t: object): boolean {
  const d = (t as Rec).detection;
  const r = (t as Rec).resolution;
  const m = (t as Rec).maxDelay;
  return (
    Object.isFrozen(t) &&
    typeof d === 'object' &&
    d !== null &&
    Object.isFrozen(d) &&
    Object.isFrozen((d as Rec).within) &&
    typeof r === 'object' &&
    r !== null &&
    Object.isFrozen(r) &&
    Object.isFrozen((r as Rec).within) &&
    Object.isFrozen(m)
  );
}

/** A frozen copy of SLA targets, every duration and rate checked. */
export function readTargets(value: unknown, what: string): SlaTargets {
  // Stryker disable next-line LogicalOperator: with `||`, an object still asks the cache, and a primitive or null asks it too: a WeakMap answers undefined for them, never throws
  if (typeof value === 'object' && value !== null) {
    const known = checkedFrozen.get(value);
    if (known !== undefined) return known;
  }
  const copy = interned(copyTargets(value, what));
  if (deeplyFrozen(value as object)) checkedFrozen.set(value as object, copy);
  return copy;
}

function interned(copy: SlaTargets): SlaTargets {
  const key = `${durationKey(copy.detection.within)}:${copy.detection.successRate}|${durationKey(copy.resolution.within)}:${copy.resolution.successRate}|${durationKey(copy.maxDelay)}`;
  const known = internedTargets.get(key);
  if (known !== undefined) return known;
  if (internedTargets.size < maxInterned) internedTargets.set(key, copy);
  return copy;
}

function copyTargets(value: unknown, what: string): SlaTargets {
  const o = readObject(value, what);
  const target = (key: 'detection' | 'resolution') => {
    const t = readObject((o as Rec)[key], `${what}.${key}`);
    return Object.freeze({
      within: readDuration((t as Rec).within, `${what}.${key}.within`),
      successRate: readRate((t as Rec).successRate, `${what}.${key}.successRate`),
    });
  };
  return Object.freeze({
    detection: target('detection'),
    resolution: target('resolution'),
    maxDelay: readDuration((o as Rec).maxDelay, `${what}.maxDelay`),
  });
}

const handoffKinds = ['transfer', 'escalation'] as const;
const natures = ['definitive', 'temporary'] as const;
const levels = [1, 2, 3] as const;

// Technicians are few: their ids interned (one table per level) so that tracked tickets
// share them, and no key is built per event.
type Resolver = { readonly id: TechnicianId; readonly level: 1 | 2 | 3 };
const technicians: readonly Map<string, Resolver>[] = [new Map(), new Map(), new Map()];
const maxInternedTechnicians = 4096;

function readResolver(by: object): Resolver {
  const id = readString((by as Rec).id, 'by.id');
  const level = readChoice((by as Rec).level, levels, 'by.level');
  const table = technicians[level - 1] as Map<string, Resolver>;
  const known = table.get(id);
  if (known !== undefined) return known;
  const copy = Object.freeze({ id: id as TechnicianId, level });
  if (table.size < maxInternedTechnicians) table.set(id, copy);
  return copy;
}

// Groups and categories are few: interned (bounded) so that tracked tickets share them.
const labels = new Map<string, string>();
const maxInternedLabels = 4096;

/** An optional group or category: absent, or a text of 1 to `maxLabelLength` characters. */
function readLabel(value: unknown, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLabelLength) {
    throw new Refusal(
      `Indicators: ${what} must be a text of 1 to ${maxLabelLength} characters when given, got ${describeValue(value)}.`,
    );
  }
  const known = labels.get(value);
  if (known !== undefined) return known;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an interned label is only an equal string (no caller tells them apart); the bound only caps the memory
  if (labels.size < maxInternedLabels) labels.set(value, value);
  return value;
}

function readTicketEvent(
  type: TicketEvent['type'],
  e: object,
  at: Date,
  copies: TicketEventCopies,
): TicketIndicatorEvent {
  // Every field is read and checked before the copy is written: a refusal leaves it as it was.
  switch (type) {
    case 'ticket-opened': {
      const policyVersion = readString((e as Rec).policyVersion, 'policyVersion');
      const c = copies.opened;
      c.at = at;
      c.policyVersion = policyVersion;
      return c;
    }
    case 'ticket-qualified': {
      const priority = readChoice((e as Rec).priority, priorities, 'priority');
      const targets = readTargets((e as Rec).targets, 'targets');
      const category = readLabel((e as Rec).category, 'category');
      const c = copies.qualified;
      c.at = at;
      c.priority = priority;
      c.targets = targets;
      c.category = category;
      return c;
    }
    case 'ticket-handed-off': {
      const kind = readChoice((e as Rec).kind, handoffKinds, 'kind');
      const group = readLabel((e as Rec).group, 'group');
      const c = copies.handedOff;
      c.at = at;
      c.kind = kind;
      c.group = group;
      return c;
    }
    case 'ticket-taken-in-charge': {
      const group = readLabel((e as Rec).group, 'group');
      const c = copies.takenInCharge;
      c.at = at;
      c.group = group;
      return c;
    }
    case 'solution-applied': {
      const nature = readChoice((e as Rec).nature, natures, 'nature');
      const by = readResolver(readObject((e as Rec).by, 'by'));
      const c = copies.solution;
      c.at = at;
      c.nature = nature;
      c.by = by;
      return c;
    }
    case 'ticket-paused': {
      // The ticket's decider checks the reason against its list; here any text keeps the pause.
      const reason = readString((e as Rec).reason, 'reason') as 'waiting-for-user';
      const c = copies.paused;
      c.at = at;
      c.reason = reason;
      return c;
    }
    case 'policy-rebaselined': {
      const toVersion = readString((e as Rec).toVersion, 'toVersion');
      const given = (e as Rec).targets;
      if (given === undefined) {
        const c = copies.rebaselined;
        c.at = at;
        c.toVersion = toVersion;
        return c;
      }
      const targets = readTargets(given, 'targets');
      const c = copies.rebaselinedWithTargets;
      c.at = at;
      c.toVersion = toVersion;
      c.targets = targets;
      return c;
    }
    case 'handling-acknowledged':
    case 'intervention-started':
    case 'intervention-reported':
    case 'user-informed':
    case 'ticket-resumed':
    case 'problem-linked':
    case 'ticket-reopened':
    case 'ticket-closed':
    case 'ticket-cancelled': {
      const c = copies.plain;
      c.type = type;
      c.at = at;
      return c;
    }
  }
}

function fill(
  out: CheckedEntry,
  kind: CheckedEntry['kind'],
  streamId: string,
  version: number | undefined,
  position: number | undefined,
  ticket: TicketIndicatorEvent | undefined,
  call: CallQueueEvent | undefined,
): void {
  out.kind = kind;
  out.streamId = streamId;
  out.version = version;
  out.position = position;
  out.ticket = ticket;
  out.call = call;
}

function readWhole(entry: unknown, out: CheckedEntry): void {
  const o = readObject(entry, 'an entry');
  const streamId = readString((o as Rec).streamId, 'streamId');
  const version = readCount((o as Rec).version, 'version');
  const position = readCount((o as Rec).position, 'position');
  const event = (o as Rec).event;
  if (typeof event !== 'object' || event === null) {
    throw new Refusal(
      `Indicators: the event of stream ${describeValue(streamId)} must be an object, got ${describeValue(event)}.`,
    );
  }
  const e: object = event;
  const type = (e as Rec).type;
  if (typeof type !== 'string' || !(ticketTypes.has(type) || callTypes.has(type))) {
    // A store may hold other kinds of events too (problems, a product's own): skipped.
    fill(out, 'other', streamId, version, position, undefined, undefined);
    return;
  }
  try {
    const at = readDate((e as Rec).at, 'its date');
    if (callTypes.has(type)) {
      const waitedMs = (e as Rec).waitedMs;
      if (typeof waitedMs !== 'number' || !Number.isFinite(waitedMs) || waitedMs < 0) {
        throw new Refusal(
          `Indicators: waitedMs must be a finite number of ms ≥ 0, got ${describeValue(waitedMs)}.`,
        );
      }
      const callId = readString((e as Rec).callId, 'callId');
      const callerId = (e as Rec).callerId;
      const call: CallQueueEvent =
        callerId === undefined
          ? { type: type as CallQueueEvent['type'], callId, at, waitedMs }
          : {
              type: type as CallQueueEvent['type'],
              callId,
              at,
              waitedMs,
              callerId: readString(callerId, 'callerId'),
            };
      fill(out, 'call', streamId, version, position, undefined, call);
      return;
    }
    const ticket = readTicketEvent(type as TicketEvent['type'], e, at, out.copies);
    fill(out, 'ticket', streamId, version, position, ticket, undefined);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // The message names the event only when refused: describing it costs.
    const where = `event ${describeValue(type)} of stream ${describeValue(streamId)}`;
    throw new Refusal(error.message.replace('Indicators: ', `Indicators: ${where}: `));
  }
}

/**
 * Checks an entry whole and copies what the indicators read of it into `out`, so a caller
 * changing its objects' fields afterwards changes nothing (a plain `Date` is kept as given, not
 * copied: the accumulator trusts no one calls `setTime` on a date it handed over, as events
 * read from a store never are). Never runs into half an entry:
 * it reads each field once, and a getter or Proxy trap that throws is a refusal.
 *
 * @throws TypeError naming what was wrong (the value described by `describeValue`): not an
 * object, a stream id that is not a string, a version or position that is not a whole number
 * ≥ 1, a date that is not a valid instant, a field of a ticket or call event out of its
 * allowed values.
 * @example
 * ```ts
 * const out = newCheckedEntry();
 * checkIndicatorEntry({ streamId: 'q', event: { type: 'call-answered', callId: 'c1', at: new Date(0), waitedMs: 5 } }, out);
 * out.kind;
 * //=> 'call'
 * ```
 */
export function checkIndicatorEntry(entry: unknown, out: CheckedEntry): void {
  try {
    readWhole(entry, out);
  } catch (error) {
    if (error instanceof Refusal) throw inputError(error.message);
    throw inputError(
      `Indicators: the entry could not be read, it threw ${describeValue(error)} (${describeValue(entry)}).`,
    );
  }
}
