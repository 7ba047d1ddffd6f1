import { describeValue } from '../core/describe-value.js';
import { documentedError, inputError, isIterableObject } from '../core/input-guard.js';
import { createIndicatorAccumulator } from './indicator-accumulator.js';
import type { IndicatorEntry } from './indicator-entry.js';
import type { ServiceIndicators } from './indicator-figures.js';
import type { IndicatorOptions } from './indicator-options.js';

export { type FirstLevelResolution, firstLevelResolutionTarget } from './first-level-resolution.js';
// This path was the whole of the indicators before they were split by idea; code importing
// them from here keeps working.
export { createIndicatorAccumulator, type IndicatorAccumulator } from './indicator-accumulator.js';
export type { IndicatorEntry } from './indicator-entry.js';
export type * from './indicator-figures.js';
export type { IndicatorOptions } from './indicator-options.js';

/**
 * The {@link ServiceIndicators} of a whole list of events at `at`: the batch form of
 * {@link createIndicatorAccumulator}, for a day's or a month's events held in memory.
 *
 * @see seed §1, §2.5.2.4
 * @throws TypeError when `entries` is not a list, the options are invalid or an entry is
 * refused (see {@link IndicatorAccumulator.add}), or something given cannot be read (a getter
 * or a Proxy trap that throws).
 * @example
 * ```ts
 * serviceIndicators([], new Date('2026-03-02T18:00:00Z')).tickets;
 * //=> { opened: 0, closed: 0, open: 0, reopened: 0, reopenRate: null, cancelled: 0 }
 * ```
 */
export function serviceIndicators(
  entries: Iterable<IndicatorEntry>,
  at: Date,
  options: IndicatorOptions = {},
): ServiceIndicators {
  try {
    if (!isIterableObject(entries)) {
      throw inputError(
        `serviceIndicators: entries must be a list (an iterable) of { streamId, event }, got ${describeValue(entries)}.`,
      );
    }
    const acc = createIndicatorAccumulator(options);
    for (const entry of entries) acc.add(entry);
    return acc.snapshot(at);
  } catch (cause) {
    throw documentedError('serviceIndicators', cause);
  }
}
