// Boots a worker thread on a TypeScript entry (the hostile-input checks), through tsx.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
