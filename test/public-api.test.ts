import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiListPath, publicApi, renderApi } from '../scripts/public-api.js';

// DESIGN.md: the public face is deliberate, and the list of exported names is committed.
const api = publicApi();

describe('the public API (api/exports.md)', () => {
  it('is the committed list', () => {
    const committed = readFileSync(apiListPath, 'utf8');
    expect(
      committed === renderApi(api),
      'the exports changed: run `npm run api:update` and commit api/exports.md',
    ).toBe(true);
  });
});
