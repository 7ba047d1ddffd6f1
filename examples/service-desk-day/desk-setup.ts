/**
 * The simulated desk: its opening hours (a business calendar), the ticket policy it pins
 * (the seed's matrix and SLA table on those hours), and its staff at each support level.
 */
import type { Locale } from 'service-desk-rules';
import { type BusinessCalendar, createBusinessCalendar, nextOpening } from 'service-desk-rules/sla';
import type { Actor } from 'service-desk-rules/ticket';
import { defineTicketPolicy, type TicketPolicy, technicianId } from 'service-desk-rules/ticket';

/** The options of a run (`npm start -- --seed 7 --days 5 --agents 6 --rate 30 --lang fr`). */
export interface SimulationOptions {
  readonly seed: number;
  /** Working days simulated, from Monday 2 March 2026. */
  readonly days: number;
  /** Level-1 technicians taking calls. */
  readonly agents: number;
  /** Calls per hour, on average over the day. */
  readonly rate: number;
  readonly lang: Locale;
}

export const defaultSimulationOptions: SimulationOptions = {
  seed: 20260302,
  days: 1,
  agents: 5,
  rate: 24,
  lang: 'en',
};

const office = [['08:00', '18:00']] as const;

/** The desk answers Monday to Friday, 08:00–18:00, Paris time. */
export const deskHours: BusinessCalendar = createBusinessCalendar({
  timeZone: 'Europe/Paris',
  hours: { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office },
});

/** The hours of one working day of the desk, in UTC instants. */
export interface DeskDay {
  readonly opens: Date;
  readonly closes: Date;
}

const DAY_LENGTH_MS = 10 * 3_600_000;

/** The first `count` working days from Monday 2 March 2026. */
export function deskDays(count: number): DeskDay[] {
  const days: DeskDay[] = [];
  let from = new Date('2026-03-01T23:00:00Z'); // Monday 2 March, 00:00 in Paris
  while (days.length < count) {
    const opens = nextOpening(deskHours, from);
    const closes = new Date(opens.getTime() + DAY_LENGTH_MS);
    days.push({ opens, closes });
    from = closes;
  }
  return days;
}

/**
 * The policy every ticket of the desk pins: the seed's matrix, SLA table, level-1 budget and
 * hand-off rules, with SLA clocks counting on the desk's hours.
 */
export const deskPolicy: TicketPolicy = defineTicketPolicy({
  version: 'desk-2026',
  calendar: deskHours,
});

/** The people of the desk. */
export interface Staff {
  /** The level-1 technicians who take calls. */
  readonly level1: readonly Actor[];
  /** A level-1 technician off the phone who calls users back on deferred calls (§4.2). */
  readonly callBack: readonly Actor[];
  readonly level2: readonly Actor[];
  /** Level-1 field technicians sent on site (seed §4.2: on-site work may be level 1). */
  readonly field: readonly Actor[];
  /** The warranty suppliers (level 3, seed §1.2), by make. */
  readonly suppliers: ReadonlyMap<string, Actor>;
}

const firstNames = [
  'alice',
  'bruno',
  'chloe',
  'david',
  'emma',
  'farid',
  'gaelle',
  'hugo',
  'ines',
  'jules',
  'karima',
  'louis',
];

function people(prefix: string, count: number, offset: number, level: 1 | 2 | 3): Actor[] {
  return Array.from({ length: count }, (_, k) => {
    const name = firstNames[(k + offset) % firstNames.length] as string;
    const round = Math.floor((k + offset) / firstNames.length);
    return { id: technicianId(`${prefix}-${name}${round > 0 ? round + 1 : ''}`), level };
  });
}

/** The staff of a desk with `agents` level-1 technicians. */
export function staffFor(agents: number): Staff {
  return {
    level1: people('n1', agents, 0, 1),
    callBack: people('n1', 1, agents, 1),
    level2: people('n2', Math.max(1, Math.round(agents / 2)), 5, 2),
    field: people('field', Math.max(1, Math.round(agents / 3)), 9, 1),
    suppliers: new Map(
      ['Dell', 'HP', 'Lenovo'].map((make) => [
        make,
        { id: technicianId(`supplier-${make.toLowerCase()}`), level: 3 as const },
      ]),
    ),
  };
}
