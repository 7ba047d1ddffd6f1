import { ConfigurationError } from '../core/configuration-error.js';
import { dateSlot } from '../core/date-slot.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError, isIterableObject } from '../core/input-guard.js';
import type { RecordProblem } from './problem-commands.js';
import type { IncidentRef, ProblemId } from './problem-ids.js';
import type { ProblemActor } from './problem-policy.js';
import { foldText } from './search-text.js';

/**
 * What the recurrence search needs of an incident (a ticket): its id, when it was opened,
 * and the fields it may be grouped by.
 *
 * @see seed §1 « les incidents récurrents seront requalifiés en problèmes »
 * @example
 * ```ts
 * const incident: IncidentSummary = {
 *   id: incidentRef('INC-1'),
 *   at: new Date('2026-03-02T09:00:00Z'),
 *   equipment: 'Imprimante 2e étage',
 * };
 * incident.equipment;
 * //=> 'Imprimante 2e étage'
 * ```
 */
export interface IncidentSummary {
  readonly id: IncidentRef;
  readonly at: Date;
  readonly equipment?: string;
  readonly category?: string;
  readonly symptom?: string;
}

/**
 * The incident fields recurring incidents can be grouped by out of the box.
 *
 * @example
 * ```ts
 * recurrenceFields;
 * //=> ['equipment', 'category', 'symptom']
 * ```
 */
export const recurrenceFields = ['equipment', 'category', 'symptom'] as const;

/**
 * A field of {@link recurrenceFields}.
 */
export type RecurrenceField = (typeof recurrenceFields)[number];

/**
 * How incidents are grouped: by a field, or by several fields at once (« the same symptom on
 * the same model » is `['symptom', 'equipment']`: incidents group when every one of those
 * fields matches), values compared accent-, case- and punctuation-insensitively by the
 * library (`foldText`: « Imprimante 2e étage » and « imprimante 2E ETAGE » group
 * together; an incident lacking one of the fields is left out); or by a function returning
 * the group's key as is (`undefined` or `''` leaves the incident out).
 *
 * @example
 * ```ts
 * const sameSymptomSameModel: RecurrenceKey = ['symptom', 'equipment'];
 * const byBuilding: RecurrenceKey = (incident) => incident.equipment?.split('/')[0];
 * byBuilding({ id: incidentRef('INC-1'), at: new Date(0), equipment: 'B2/imprimante' });
 * //=> 'B2'
 * ```
 */
export type RecurrenceKey =
  | RecurrenceField
  | readonly RecurrenceField[]
  | ((incident: IncidentSummary) => string | undefined);

/**
 * The length of the sliding window, in elapsed time (a day is 24 hours: recurrence is about
 * how often users are hit, not about working time).
 */
export interface RecurrenceWindow {
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
  readonly seconds?: number;
}

/**
 * The recurrence rule: the grouping key, the window and the number of incidents of one
 * group within one window that makes a problem worth recording. The seed sets no figures, so
 * there is no default: each organisation states its own (e.g. 3 incidents in 7 days).
 *
 * @see seed §1, §4.4.2 (« d'identifier des incidents récurrents »)
 * @example
 * ```ts
 * const rule: RecurrenceRule = { key: 'equipment', window: { days: 7 }, threshold: 3 };
 * rule.threshold;
 * //=> 3
 * ```
 */
export interface RecurrenceRule {
  readonly key: RecurrenceKey;
  readonly window: RecurrenceWindow;
  readonly threshold: number;
}

/**
 * A proposal to record a problem: at least `threshold` incidents of one group, all opened
 * within one window (`to - from` is shorter than the window). `key` is the group's key (the
 * folded field value, the folded values joined by `' / '` for several fields, or what the key
 * function returned); `label` the raw value of its earliest incident (its raw values joined by
 * `' — '` for several fields); `field` the field grouped by, when there is one; `fields` and
 * `values` every field grouped by with the raw value of the earliest incident (what the
 * incidents share, and what {@link recordProblemFor} copies into the problem; absent for a key
 * function). Incidents are in the order they were opened (then by id).
 *
 * @example
 * ```ts
 * const [proposal] = findRecurringIncidents(
 *   [
 *     { id: incidentRef('INC-1'), at: new Date('2026-03-02T09:00:00Z'), equipment: 'Imprimante B2' },
 *     { id: incidentRef('INC-2'), at: new Date('2026-03-03T09:00:00Z'), equipment: 'imprimante b2' },
 *   ],
 *   { key: 'equipment', window: { days: 7 }, threshold: 2 },
 * );
 * [proposal?.key, proposal?.label, proposal?.incidents];
 * //=> ['imprimante b2', 'Imprimante B2', ['INC-1', 'INC-2']]
 * ```
 */
export interface RecurringIncidents {
  readonly key: string;
  readonly label: string;
  readonly field?: RecurrenceField;
  readonly fields?: readonly RecurrenceField[];
  readonly values?: { readonly [field in RecurrenceField]?: string };
  readonly incidents: readonly IncidentRef[];
  readonly from: Date;
  readonly to: Date;
}

const UNIT_MS = { days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1_000 } as const;

function windowMs(window: unknown): number {
  if (typeof window !== 'object' || window === null || Array.isArray(window)) {
    throw new ConfigurationError(
      `Recurrence rule: window must be a duration such as { days: 7 }, got ${describeValue(window)}.`,
      { path: ['window'], input: window },
    );
  }
  let total = 0;
  for (const [unit, amount] of Object.entries(window)) {
    if (!Object.hasOwn(UNIT_MS, unit)) {
      throw new ConfigurationError(
        `Recurrence rule: window unit "${unit}" is not allowed; use days, hours, minutes or seconds.`,
        { path: ['window', unit], input: window },
      );
    }
    if (amount === undefined) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
      throw new ConfigurationError(
        `Recurrence rule: window.${unit} must be a finite number ≥ 0, got ${describeValue(amount)}.`,
        { path: ['window', unit], input: amount },
      );
    }
    total += amount * UNIT_MS[unit as keyof typeof UNIT_MS];
  }
  if (total <= 0) {
    throw new ConfigurationError(
      `Recurrence rule: window must be positive, got ${describeValue(window)}.`,
      { path: ['window'], input: window },
    );
  }
  return total;
}

/** The fields of a key (one or several, without repeats), or `undefined` for a key function. */
function fieldsOf(key: unknown): readonly RecurrenceField[] | undefined {
  if (typeof key === 'function') return undefined;
  const isField = (value: unknown): value is RecurrenceField =>
    (recurrenceFields as readonly unknown[]).includes(value);
  if (isField(key)) return [key];
  if (Array.isArray(key)) {
    const list: readonly unknown[] = key;
    list.forEach((value, index) => {
      if (!isField(value) || list.indexOf(value) !== index) {
        throw new ConfigurationError(
          `Recurrence rule: key[${index}] must be one of ${recurrenceFields.join(', ')}, each once, got ${describeValue(value)}.`,
          { path: ['key', index], input: value },
        );
      }
    });
    if (list.length > 0) return list as readonly RecurrenceField[];
  }
  throw new ConfigurationError(
    `Recurrence rule: key must be one of ${recurrenceFields.join(', ')}, a non-empty list of them, or a function, got ${describeValue(key)}.`,
    { path: ['key'], input: key },
  );
}

/** A rule read once (each field read a single time, a getter or trap that throws refused). */
interface CheckedRule {
  readonly key: RecurrenceKey;
  readonly fields: readonly RecurrenceField[] | undefined;
  readonly threshold: number;
  readonly span: number;
}

function checkRule(rule: RecurrenceRule): CheckedRule {
  return guardInput(
    'Recurrence rule',
    () => {
      if (typeof rule !== 'object' || rule === null) {
        throw new ConfigurationError(
          `Recurrence rule: expected { key, window, threshold }, got ${describeValue(rule)}.`,
          { input: rule },
        );
      }
      const { key, threshold, window } = rule;
      const fields = fieldsOf(key);
      if (typeof threshold !== 'number' || !Number.isInteger(threshold) || threshold < 2) {
        throw new ConfigurationError(
          `Recurrence rule: threshold must be an integer ≥ 2 (a recurrence needs at least two incidents), got ${describeValue(threshold)}.`,
          { path: ['threshold'], input: threshold },
        );
      }
      return { key, fields, threshold, span: windowMs(window) };
    },
    'ConfigurationError',
  );
}

interface Keyed {
  readonly id: IncidentRef;
  readonly time: number;
  readonly label: string;
  readonly values: { readonly [field in RecurrenceField]?: string };
}

/** An incident's id and instant, each read once: a malformed incident is a TypeError naming it. */
function readIncident(incident: unknown, index: number): { id: IncidentRef; time: number } {
  if (typeof incident !== 'object' || incident === null) {
    throw inputError(
      `findRecurringIncidents: incidents[${index}] must be an incident summary { id, at, … }, got ${describeValue(incident)}.`,
    );
  }
  const id: unknown = (incident as IncidentSummary).id;
  if (typeof id !== 'string' || id.length === 0) {
    throw inputError(
      `findRecurringIncidents: an incident needs a non-empty id, got ${describeValue(id)} (incidents[${index}]).`,
    );
  }
  const at: unknown = (incident as IncidentSummary).at;
  const time = dateSlot(at);
  if (time === undefined || !Number.isFinite(time)) {
    throw inputError(
      `findRecurringIncidents: incident ${describeValue(id)} has an invalid date, got ${describeValue(at)}.`,
    );
  }
  return { id: id as IncidentRef, time };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Finds recurring incidents (seed §1: « les incidents récurrents seront requalifiés en
 * problèmes ») and proposes the problems to record. Pure and deterministic.
 *
 * The rule, per group of incidents sharing a key, taken in the order they were opened (then
 * by id): from the earliest incident not yet proposed, the window `[its time, its time +
 * window)` is looked at; if it holds at least `threshold` incidents, they all form one
 * proposal and the search resumes after them; otherwise it resumes at the next incident. So
 * every proposal has at least `threshold` incidents within one window, and an incident is
 * never in two proposals. A burst longer than the window gives consecutive proposals of the
 * same key (link them to the same problem). Proposals are ordered by `from`, then by key.
 *
 * @see seed §1, §4.4.2
 * @throws ConfigurationError when the rule is malformed (unknown key, window not positive,
 * threshold not an integer ≥ 2) or cannot be read (a getter or Proxy trap that throws).
 * @throws TypeError when `incidents` is not a list, an incident is not an object, has no id,
 * an invalid date (a `Date` look-alike included) or an id seen twice, cannot be read (a getter
 * or Proxy trap that throws), or when the rule's key function throws; each incident is read
 * once, and every message describes the value with `describeValue`.
 * @example
 * ```ts
 * const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9));
 * findRecurringIncidents(
 *   [
 *     { id: incidentRef('INC-1'), at: at(2), category: 'Réseau' },
 *     { id: incidentRef('INC-2'), at: at(3), category: 'réseau' },
 *     { id: incidentRef('INC-3'), at: at(4), category: 'Messagerie' },
 *     { id: incidentRef('INC-4'), at: at(6), category: 'RESEAU' },
 *   ],
 *   { key: 'category', window: { days: 7 }, threshold: 3 },
 * ).map((p) => [p.key, p.incidents]);
 * //=> [['reseau', ['INC-1', 'INC-2', 'INC-4']]]
 * ```
 */
export function findRecurringIncidents(
  incidents: Iterable<IncidentSummary>,
  rule: RecurrenceRule,
): RecurringIncidents[] {
  const { key, fields, threshold, span } = checkRule(rule);
  const groups = new Map<string, Keyed[]>();
  const ids = new Set<string>();
  const folded = new Map<string, string>();
  const fold = (raw: string): string => {
    let text = folded.get(raw);
    if (text === undefined) {
      text = foldText(raw);
      folded.set(raw, text);
    }
    return text;
  };
  const keyOf = (incident: IncidentSummary, id: IncidentRef): unknown => {
    try {
      return (key as (incident: IncidentSummary) => unknown)(incident);
    } catch (error) {
      throw inputError(
        `findRecurringIncidents: the rule's key function threw ${describeValue(error)} for incident ${describeValue(id)}.`,
      );
    }
  };
  guardInput('findRecurringIncidents', () => {
    if (!isIterableObject(incidents)) {
      throw inputError(
        `findRecurringIncidents: incidents must be a list (an iterable) of incident summaries, got ${describeValue(incidents)}.`,
      );
    }
    let index = 0;
    for (const incident of incidents) {
      const { id, time } = readIncident(incident, index++);
      if (ids.has(id)) {
        throw inputError(`findRecurringIncidents: incident ${describeValue(id)} is listed twice.`);
      }
      ids.add(id);
      let groupKey: string;
      let label: string;
      const values: { [field in RecurrenceField]?: string } = {};
      if (fields === undefined) {
        const raw = keyOf(incident, id);
        if (typeof raw !== 'string' || raw.length === 0) continue;
        groupKey = raw;
        label = raw.trim();
      } else {
        const keys: string[] = [];
        const labels: string[] = [];
        for (const field of fields) {
          const raw: unknown = incident[field];
          const text = typeof raw === 'string' ? fold(raw) : '';
          if (text.length === 0) break;
          keys.push(text);
          labels.push((raw as string).trim());
          values[field] = (raw as string).trim();
        }
        if (keys.length < fields.length) continue;
        groupKey = keys.join(' / ');
        label = labels.join(' — ');
      }
      const keyed = { id, time, label, values };
      const group = groups.get(groupKey);
      if (group === undefined) groups.set(groupKey, [keyed]);
      else group.push(keyed);
    }
  });
  const proposals: RecurringIncidents[] = [];
  for (const [groupKey, group] of groups) {
    group.sort((a, b) => a.time - b.time || compareText(a.id, b.id));
    let start = 0;
    let end = 0;
    while (start < group.length) {
      const first = group[start] as Keyed;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: end is never behind start here, and a walk from start ends where it is
      if (end < start) end = start;
      while (end < group.length && (group[end] as Keyed).time < first.time + span) end++;
      if (end - start >= threshold) {
        const members = group.slice(start, end);
        proposals.push({
          key: groupKey,
          label: first.label,
          ...(fields?.length === 1 ? { field: fields[0] as RecurrenceField } : {}),
          ...(fields === undefined ? {} : { fields, values: first.values }),
          incidents: members.map((m) => m.id),
          from: new Date(first.time),
          to: new Date((members[members.length - 1] as Keyed).time),
        });
        start = end;
      } else {
        start++;
      }
    }
  }
  return proposals.sort((a, b) => a.from.getTime() - b.from.getTime() || compareText(a.key, b.key));
}

/** The problem fields a proposal fills: its grouped fields' values, only those fields. */
function filledFields(
  values: unknown,
  field: unknown,
  label: string,
): { [field in RecurrenceField]?: string } {
  const filled: { [field in RecurrenceField]?: string } = {};
  if (values === undefined) {
    if ((recurrenceFields as readonly unknown[]).includes(field)) {
      filled[field as RecurrenceField] = label;
    }
    return filled;
  }
  if (typeof values !== 'object' || values === null) {
    throw inputError(
      `recordProblemFor: proposal.values must be an object when given, got ${describeValue(values)}.`,
    );
  }
  for (const name of recurrenceFields) {
    const value: unknown = (values as Record<string, unknown>)[name];
    if (typeof value === 'string') filled[name] = value;
  }
  return filled;
}

/**
 * Turns a recurrence proposal into the `record-problem` command that records it (seed
 * §4.4.1: the service desk technician records the problem): its incidents are linked, and
 * every field it was grouped by (symptom, equipment, category) is copied from its `values`
 * (or, for a proposal without `values`, its one `field` from its label). `title` defaults to
 * the label. Each field of the proposal and the options is read once; what the command
 * holds (the problem id, the date, the actor, the incidents) is checked by
 * {@link decideProblem}, which refuses it as a value when malformed.
 *
 * @see seed §4.4.1
 * @throws TypeError when `proposal` or `options` is not an object, the proposal's
 * `incidents` is not a list, its `label` (or `options.title`) not a text, its `values` not
 * an object, or when either cannot be read as plain data (a getter or a Proxy trap that
 * throws); the message describes the bad value with `describeValue`.
 * @example
 * ```ts
 * const command = recordProblemFor(
 *   {
 *     key: 'imprimante b2',
 *     label: 'Imprimante B2',
 *     field: 'equipment',
 *     incidents: [incidentRef('INC-1'), incidentRef('INC-2')],
 *     from: new Date('2026-03-02T09:00:00Z'),
 *     to: new Date('2026-03-03T09:00:00Z'),
 *   },
 *   { problemId: problemId('PB-1'), at: new Date('2026-03-03T10:00:00Z'), actor: { id: 'n1-leo', level: 1 } },
 * );
 * [command.type, command.title, command.equipment, command.incidents];
 * //=> ['record-problem', 'Imprimante B2', 'Imprimante B2', ['INC-1', 'INC-2']]
 * ```
 */
export function recordProblemFor(
  proposal: RecurringIncidents,
  options: {
    readonly problemId: ProblemId;
    readonly at: Date;
    readonly actor: ProblemActor;
    readonly title?: string;
  },
): RecordProblem {
  return guardInput('recordProblemFor', () => {
    if (typeof proposal !== 'object' || proposal === null) {
      throw inputError(
        `recordProblemFor: proposal must be a recurrence proposal from findRecurringIncidents, got ${describeValue(proposal)}.`,
      );
    }
    if (typeof options !== 'object' || options === null) {
      throw inputError(
        `recordProblemFor: options must be { problemId, at, actor, title? }, got ${describeValue(options)}.`,
      );
    }
    const { label, field, values, incidents } = proposal as Partial<
      Record<keyof RecurringIncidents, unknown>
    >;
    const { problemId, at, actor, title } = options as Partial<
      Record<keyof typeof options, unknown>
    >;
    if (typeof label !== 'string') {
      throw inputError(
        `recordProblemFor: proposal.label must be a text, got ${describeValue(label)}.`,
      );
    }
    if (title !== undefined && typeof title !== 'string') {
      throw inputError(
        `recordProblemFor: options.title must be a text when given, got ${describeValue(title)}.`,
      );
    }
    if (!Array.isArray(incidents)) {
      throw inputError(
        `recordProblemFor: proposal.incidents must be a list of incident references, got ${describeValue(incidents)}.`,
      );
    }
    return {
      type: 'record-problem',
      problemId: problemId as ProblemId,
      at: at as Date,
      actor: actor as ProblemActor,
      title: title ?? label,
      incidents: Array.from(incidents as IncidentRef[]),
      ...filledFields(values, field, label),
    };
  });
}
