import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { apiListPath, publicApi, renderApi } from './public-api.js';

// npm run api:update — rewrites api/exports.md, the committed list of every entry's exported
// names (test/public-api.test.ts fails while it differs from the sources).
mkdirSync(dirname(apiListPath), { recursive: true });
writeFileSync(apiListPath, renderApi(publicApi()));
console.log(`updated ${apiListPath}`);
