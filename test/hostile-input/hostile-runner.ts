import { Worker } from 'node:worker_threads';
import type { TargetOutcome } from './hostile-checks.js';

/** What the hostile-input run found: each target's outcome, the targets that hung or crashed. */
export interface HostileRun {
  readonly names: readonly string[];
  readonly outcomes: ReadonlyMap<string, TargetOutcome>;
  /** Targets that did not finish within the limit, or whose worker died, with why. */
  readonly stopped: ReadonlyMap<string, string>;
  /** `false` when a worker saw a built-in prototype changed after its checks. */
  readonly prototypesUnchanged: boolean;
}

/**
 * Runs the checks in worker threads. A target that does not finish within `limitMs` (a
 * generous guard against hangs, not a speed assertion) or that kills its worker is recorded
 * as stopped, and a fresh worker goes on with the targets after it.
 */
export async function runHostileChecks(
  numRuns: number,
  limitMs: number,
  only?: readonly string[],
): Promise<HostileRun> {
  const outcomes = new Map<string, TargetOutcome>();
  const stopped = new Map<string, string>();
  let names: string[] = [];
  let prototypesUnchanged = true;
  for (;;) {
    const skip = [...outcomes.keys(), ...stopped.keys()];
    const ended = await new Promise<boolean>((resolve) => {
      const worker = new Worker(new URL('./hostile-worker-boot.mjs', import.meta.url), {
        workerData: {
          entry: new URL('./hostile-worker.ts', import.meta.url).href,
          numRuns,
          skip,
          only,
        },
        resourceLimits: { maxOldGenerationSizeMb: 1024 },
      });
      let current: string | undefined;
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const finish = (value: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        resolve(value);
      };
      const stop = (why: string) => {
        if (settled) return;
        if (current !== undefined) stopped.set(current, why);
        else stopped.set('(worker start)', why);
        finish(false);
      };
      worker.on('message', (message: Record<string, unknown>) => {
        if (message.kind === 'targets') names = message.names as string[];
        if (message.kind === 'start') {
          current = message.name as string;
          clearTimeout(timer);
          timer = setTimeout(() => stop(`did not finish within ${limitMs / 1000} s`), limitMs);
        }
        if (message.kind === 'done') {
          if (process.env.HOSTILE_PROGRESS)
            console.error('done', (message.outcome as TargetOutcome).name);
          const outcome = message.outcome as TargetOutcome;
          outcomes.set(outcome.name, outcome);
          current = undefined;
          clearTimeout(timer);
        }
        if (message.kind === 'end') {
          prototypesUnchanged &&= message.prototypesUnchanged === true;
          finish(true);
        }
      });
      worker.on('error', (error) => stop(`killed its worker: ${error.message.slice(0, 200)}`));
      worker.on('exit', (code) => stop(`its worker exited with code ${code}`));
    });
    if (ended || stopped.has('(worker start)')) break;
  }
  return { names, outcomes, stopped, prototypesUnchanged };
}
