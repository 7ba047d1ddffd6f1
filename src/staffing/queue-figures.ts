/**
 * What a queueing model predicts for one desk at one hour: the figures of
 * {@link erlangC} and the common part of {@link erlangA}'s. Unrounded: probabilities are
 * fractions in [0, 1], times are milliseconds in floating point (round for display only).
 *
 * @see seed §4.3.2 « Respecter les contraintes de temps »
 * @example
 * ```ts
 * const f: QueueFigures = erlangC({ callsPerHour: 30, handleTime: { minutes: 4 }, agents: 3, answerWithin: { seconds: 20 } });
 * f.occupancy;
 * //=> 0.6666666666666666
 * ```
 */
export interface QueueFigures {
  /** The technicians on duty. */
  readonly agents: number;
  /** The offered load in erlangs: calls per hour × handle time in hours. */
  readonly offeredLoad: number;
  /** The share of callers who find every technician busy and wait (Erlang C's « C »). */
  readonly probabilityOfWaiting: number;
  /**
   * The service level: the share of ALL arriving callers answered within `answerWithinMs`
   * (the « 80/20 » of call centres is 80 % within 20 s). With abandonment (Erlang A),
   * callers who hang up count as not answered within the threshold, whenever they hang up.
   */
  readonly serviceLevel: number;
  /** The threshold of `serviceLevel`, in milliseconds. */
  readonly answerWithinMs: number;
  /**
   * ASA, the average speed of answer: the mean wait of the answered callers, in
   * milliseconds (0 for those answered at once included).
   */
  readonly averageSpeedOfAnswerMs: number;
  /** The share of the technicians' time spent on calls: carried load / agents. */
  readonly occupancy: number;
}
