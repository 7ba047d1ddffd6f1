import { parentPort, workerData } from 'node:worker_threads';
import { prototypeFingerprint, runTarget, storeTargets, targets } from './hostile-checks.js';

/**
 * The hostile-input checks, run in a worker thread so that the test can turn a hang into a
 * failure (it terminates the worker after a generous limit) and a crash into a message. It
 * runs the targets not in `workerData.skip`, posting `start` and `done` for each, then `end`
 * with whether the built-in prototypes are unchanged.
 */
const port = parentPort;
if (port === null) throw new Error('hostile-worker must run in a worker thread');
const { numRuns, skip, only } = workerData as {
  numRuns: number;
  skip: readonly string[];
  only?: readonly string[];
};
const before = prototypeFingerprint();
const all = [...targets(), ...storeTargets()];
port.postMessage({ kind: 'targets', names: all.map((t) => t.name) });
for (const target of all) {
  if (skip.includes(target.name) || (only !== undefined && !only.includes(target.name))) continue;
  port.postMessage({ kind: 'start', name: target.name });
  const outcome = await runTarget(target, numRuns);
  port.postMessage({ kind: 'done', outcome });
}
const polluted = ({} as Record<string, unknown>).polluted;
port.postMessage({
  kind: 'end',
  prototypesUnchanged: prototypeFingerprint() === before && polluted === undefined,
});
