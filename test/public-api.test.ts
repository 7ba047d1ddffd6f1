import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiListPath, publicApi, renderApi } from '../scripts/public-api.js';

// DESIGN.md: the public face is deliberate, and the list of exported names is committed.
const api = publicApi();
const names = (subpath: string) =>
  new Set(api.find((e) => e.subpath === subpath)?.names.map((n) => n.name));
const everywhere = new Set(api.flatMap((e) => e.names.map((n) => n.name)));

describe('the public API (api/exports.md)', () => {
  it('is the committed list', () => {
    const committed = readFileSync(apiListPath, 'utf8');
    expect(
      committed === renderApi(api),
      'the exports changed: run `npm run api:update` and commit api/exports.md',
    ).toBe(true);
  });
});

describe('a deliberate public face (issue 9.6)', () => {
  it('keeps adapter helpers in service-desk-rules/storage only', () => {
    const helpers = [
      'assertAppendArguments',
      'assertExpectedVersion',
      'assertStreamId',
      'resolveReadAllOptions',
      'resolveReadStreamOptions',
      'satisfiesExpectedVersion',
      'appendConflict',
      'appendConflictCode',
      'defaultReadAllLimit',
    ];
    const storage = names('service-desk-rules/storage');
    const root = names('service-desk-rules');
    expect(helpers.filter((h) => !storage.has(h))).toEqual([]);
    expect(helpers.filter((h) => root.has(h))).toEqual([]);
  });

  it('exports no internal helper from any entry', () => {
    const internals = [
      'foldText',
      'stemWord',
      'searchTerms',
      'searchStopWords',
      'assertWorkingDuration',
      'normaliseRole',
      'durationHistogramPrecision',
      'reportFieldKeyOf',
      'problemStepOf',
      'describeValue',
    ];
    expect(internals.filter((n) => everywhere.has(n))).toEqual([]);
  });

  it('keeps the test kit out of the root (it imports vitest and fast-check)', () => {
    const root = names('service-desk-rules');
    expect([...names('service-desk-rules/testing')].filter((n) => root.has(n))).toEqual([]);
  });

  it('exports from the root only names its subpaths export too', () => {
    const sub = new Set(
      api.filter((e) => e.subpath !== 'service-desk-rules').flatMap((e) => [...names(e.subpath)]),
    );
    const coreOnly = ['ConfigurationError', 'err', 'ok', 'Err', 'Ok', 'Result', 'RuleViolation'];
    expect(
      [...names('service-desk-rules')].filter((n) => !sub.has(n) && !coreOnly.includes(n)),
    ).toEqual([]);
  });
});
