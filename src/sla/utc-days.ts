/**
 * Epoch milliseconds of midnight UTC on a proleptic Gregorian date, for every year the
 * calendars handle, years 0 to 99 included (`Date.UTC` reads those as 1900 to 1999).
 * `month` is 1-based; a `day` past the month's end rolls into the next month, as in `Date.UTC`.
 *
 * @example
 * ```ts
 * new Date(utcMidnight(50, 5, 1)).toISOString();
 * //=> '0050-05-01T00:00:00.000Z'
 * ```
 */
export function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * The number of days in a month (1-based) of a proleptic Gregorian year, years 0 to 99 included.
 *
 * @example
 * ```ts
 * [daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(0, 2)];
 * //=> [29, 28, 29]
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
}
