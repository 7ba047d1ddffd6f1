/**
 * A Paris service desk calendar fed with the French public holidays of the `date-holidays`
 * package (a dev dependency: the library never bundles holiday data), then the due instants
 * of the seed's P4 targets (§2.5.2.4: resolution 24 h, maximum delay 5 days) for a call
 * taken just before Ascension. Run with `npx tsx examples/french-holidays.ts`.
 */
import Holidays from 'date-holidays';
import {
  addWorkingTime,
  createBusinessCalendar,
  type HolidaySpec,
  openIntervalsBetween,
  slaTargetsFor,
  workingTimeBetween,
} from 'service-desk-rules/sla';

/** The public holidays of France for some years, as local dates 'YYYY-MM-DD'. */
function frenchPublicHolidays(years: readonly number[]): HolidaySpec[] {
  const france = new Holidays('FR');
  return years.flatMap((year) =>
    france
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10)),
  );
}

const office = [
  ['09:00', '12:00'],
  ['13:30', '18:00'],
] as const;
const paris = createBusinessCalendar({
  timeZone: 'Europe/Paris',
  hours: { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office },
  holidays: [
    ...frenchPublicHolidays([2026, 2027]),
    // The desk also closes on Christmas Eve afternoon and between Christmas and New Year.
    { date: '--12-24', closed: [['12:00', '24:00']], name: 'Christmas Eve afternoon' },
    { date: '--12-28', until: '--01-01', name: 'Year-end closure' },
  ],
});

const paris24 = (date: Date) =>
  date.toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' });

const call = new Date('2026-05-13T14:00:00Z'); // Wednesday 13 May 2026, 16:00 in Paris
const p4 = slaTargetsFor(4);
const resolutionDue = addWorkingTime(paris, call, p4.resolution.within);
const maxDelayDue = addWorkingTime(paris, call, p4.maxDelay);

console.log(`Call taken ${paris24(call)}`);
console.log(`P4 resolution 24 h due ${paris24(resolutionDue)}`);
console.log(`P4 maximum delay 5 days due ${paris24(maxDelayDue)}`);
console.log(
  `Working hours between the call and the maximum delay: ${
    workingTimeBetween(paris, call, maxDelayDue) / 3_600_000
  }`,
);
console.log('Open stretches of the first two days:');
for (const { start, end } of openIntervalsBetween(paris, call, new Date('2026-05-15T22:00:00Z'))) {
  console.log(`  ${paris24(start)} → ${paris24(end)}`);
}
