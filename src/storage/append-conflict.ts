import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';
import type { RuleViolation } from '../core/rule-violation.js';
import { assertExpectedVersion, type ExpectedVersion } from './expected-version.js';
import { assertStreamId, type StreamId } from './stream-id.js';

/**
 * The stable code of an {@link AppendConflict}.
 *
 * @example
 * ```ts
 * appendConflictCode;
 * //=> 'append-conflict'
 * ```
 */
export const appendConflictCode = 'append-conflict';

/**
 * Why an append was refused: the stream was not at the version the writer expected,
 * because someone else wrote first (or the writer decided on stale state). Nothing of the
 * batch was written. The usual answer is to reload the stream, decide again on the fresh
 * state and append at the new version; {@link handleCommand} does it with `maxRetries`.
 *
 * It is a {@link RuleViolation} with the stable code `'append-conflict'`, so it can be
 * shown to a user like any other refusal; `details` repeats the three facts below.
 *
 * @example
 * ```ts
 * const c: AppendConflict = appendConflict(streamId('ticket-1'), 2, 3);
 * [c.code, c.expectedVersion, c.actualVersion];
 * //=> ['append-conflict', 2, 3]
 * ```
 */
export interface AppendConflict extends RuleViolation<typeof appendConflictCode> {
  /** The stream the writer tried to append to. */
  readonly streamId: StreamId;
  /** What the writer expected the stream's version to be. */
  readonly expectedVersion: ExpectedVersion;
  /** The stream's version when the append was refused. */
  readonly actualVersion: number;
}

/**
 * Builds the {@link AppendConflict} an adapter returns when a stream is not at the expected
 * version, with its French and English messages.
 *
 * @throws TypeError when `streamId` is not a stream id, `expectedVersion` not an
 * {@link ExpectedVersion}, or `actualVersion` not an integer ≥ 0 (the adapter's own bug);
 * the message describes the bad value with `describeValue`.
 * @example
 * ```ts
 * appendConflict(streamId('ticket-1'), 0, 4).message.en;
 * //=> 'Version conflict on stream "ticket-1": expected version 0, found version 4. Reload the stream and decide again.'
 * (() => { try { return appendConflict(streamId('ticket-1'), 0, -1); } catch (e) { return e.message; } })();
 * //=> 'appendConflict: actualVersion must be an integer ≥ 0, got -1.'
 * ```
 */
export function appendConflict(
  streamId: StreamId,
  expectedVersion: ExpectedVersion,
  actualVersion: number,
): AppendConflict {
  // Only primitives pass these checks, so the messages below never run the caller's code.
  assertStreamId(streamId);
  assertExpectedVersion(expectedVersion);
  if (
    typeof actualVersion !== 'number' ||
    !Number.isSafeInteger(actualVersion) ||
    actualVersion < 0
  ) {
    throw inputError(
      `appendConflict: actualVersion must be an integer ≥ 0, got ${describeValue(actualVersion)}.`,
    );
  }
  return {
    code: appendConflictCode,
    message: {
      fr: `Conflit de version sur le flux « ${streamId} » : version attendue ${expectedVersion}, version trouvée ${actualVersion}. Rechargez le flux et décidez à nouveau.`,
      en: `Version conflict on stream "${streamId}": expected version ${expectedVersion}, found version ${actualVersion}. Reload the stream and decide again.`,
    },
    details: { streamId, expectedVersion, actualVersion },
    streamId,
    expectedVersion,
    actualVersion,
  };
}
