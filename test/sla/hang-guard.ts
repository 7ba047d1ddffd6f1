import { Worker } from 'node:worker_threads';

/** What a scenario run in a worker gave: its value, or the name and message of what it threw. */
export type Outcome =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'error'; readonly name: string; readonly message: string }
  | { readonly kind: 'hang' };

const bootstrap = `
const { parentPort, workerData } = require('node:worker_threads');
require('tsx/cjs/api').register();
import('tsx/esm/api')
  .then((tsx) => {
    tsx.register();
    return import(workerData.module);
  })
  .then(async (scenarios) => {
    try {
      parentPort.postMessage({ kind: 'value', value: await scenarios[workerData.name]() });
    } catch (error) {
      parentPort.postMessage({ kind: 'error', name: error?.name, message: String(error?.message) });
    }
  })
  .catch((error) => parentPort.postMessage({ kind: 'error', name: 'LoadError', message: String(error) }));
`;

/**
 * Runs the scenario `name` exported by the module at `module` (a file URL) in a worker
 * thread and gives its outcome, or `{ kind: 'hang' }` when it has not answered within a
 * generous limit: a guard that turns a hang into a failure, not a timing assertion (the
 * limit is tens of times what the call takes on a loaded machine).
 */
export async function runGuarded(module: URL, name: string, limitMs = 20_000): Promise<Outcome> {
  const worker = new Worker(bootstrap, {
    eval: true,
    workerData: { module: module.href, name },
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      new Promise<Outcome>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
      new Promise<Outcome>((resolve) => {
        timer = setTimeout(() => resolve({ kind: 'hang' }), limitMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}
