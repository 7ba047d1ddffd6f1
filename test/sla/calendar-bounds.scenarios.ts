import { addWorkingTime, createBusinessCalendar, workingTimeBetween } from '../../src/sla/index.js';

/** A calendar open one minute a year (1 January, 00:00–00:01 UTC, when it is a Monday… or any day). */
const oneMinuteAYear = () =>
  createBusinessCalendar({
    timeZone: 'UTC',
    hours: Object.fromEntries(
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [
        day,
        [['00:00', '00:01']],
      ]),
    ),
    holidays: [{ date: '--01-02', until: '--12-31' }],
  });

const describe = (call: () => unknown): string => {
  try {
    const value = call();
    return value instanceof Date ? value.toISOString() : String(value);
  } catch (error) {
    return (error as Error).name;
  }
};

export function addManyDaysToASparseCalendar(): string {
  return describe(() =>
    addWorkingTime(oneMinuteAYear(), new Date('2026-01-01T00:00:00Z'), { days: 366_000 }),
  );
}

export function addManyHoursToASparseCalendar(): string {
  return describe(() =>
    addWorkingTime(oneMinuteAYear(), new Date('2026-01-01T00:00:00Z'), { hours: 8_000_000 }),
  );
}

export function measureTheLongestSpan(): string {
  const paris = createBusinessCalendar({
    timeZone: 'Europe/Paris',
    hours: { monday: [['09:00', '18:00']], friday: [['09:00', '17:00']] },
    holidays: ['--05-01', '--12-25'],
  });
  const from = new Date('1500-01-01T00:00:00Z');
  const to = new Date(from.getTime() + 366_000 * 86_400_000);
  return describe(() => workingTimeBetween(paris, from, to));
}

export function measureBeyondTheCap(): string {
  return describe(() =>
    workingTimeBetween(
      oneMinuteAYear(),
      new Date('-270000-01-01T00:00:00Z'),
      new Date('+270000-01-01T00:00:00Z'),
    ),
  );
}
