/**
 * What the telephone queue reports, beside the tickets: a call answered by a technician, or
 * a caller who hung up while waiting — the seed's « raccrochés » (§4.3.2).
 *
 * @see seed §4.3.2 « Dans le jargon officiel les utilisateurs qui raccrochent sont appelés des
 * … "Raccrochés" »
 * @example
 * ```ts
 * callQueueEventTypes;
 * //=> ['call-answered', 'call-abandoned']
 * ```
 */
export const callQueueEventTypes = ['call-answered', 'call-abandoned'] as const;

/**
 * A call-queue event: `'call-answered'` or `'call-abandoned'`, when it happened and how long
 * the caller waited.
 *
 * @see seed §4.3.2
 * @example
 * ```ts
 * const hungUp: CallQueueEvent = {
 *   type: 'call-abandoned',
 *   callId: 'call-17',
 *   at: new Date('2026-03-02T09:05:00Z'),
 *   waitedMs: 240_000,
 * };
 * hungUp.type;
 * //=> 'call-abandoned'
 * ```
 */
export interface CallQueueEvent {
  readonly type: (typeof callQueueEventTypes)[number];
  readonly callId: string;
  readonly at: Date;
  /** How long the caller waited in the queue before being answered or hanging up. */
  readonly waitedMs: number;
  /**
   * Who called (a phone number, a user id), when the telephony knows: calls from one caller
   * within a window are « called again » (seed §4.3.2: callers who hung up call back).
   */
  readonly callerId?: string;
}
