import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withLayersTable } from './module-layers.js';

// npm run architecture:update — rewrites the module table of docs/architecture.md from
// scripts/module-layers.ts (test/architecture.test.ts fails while the two differ).
const path = resolve(import.meta.dirname, '..', 'docs', 'architecture.md');
writeFileSync(path, withLayersTable(readFileSync(path, 'utf8')));
console.log(`updated ${path}`);
