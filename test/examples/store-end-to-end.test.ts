import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serverUrl } from '../postgres/postgres-targets.js';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

/** The KPI and SLA tables of a report: each from its heading to its last line. */
function tables(output: string): string[] {
  const lines = output.split('\n');
  const block = (first: number, isLast: (line: string) => boolean) =>
    lines.slice(first, first + lines.slice(first).findIndex(isLast) + 1);
  const kpi = block(
    lines.findIndex((l) => l.startsWith('Indicator ')),
    (l) => l.startsWith('90th percentile'),
  );
  const sla = block(
    lines.findIndex((l) => l.startsWith('SLA compliance')),
    (l) => l.startsWith('Priority 4'),
  );
  return [...kpi, ...sla];
}

// npm start -- --store postgres://… writes the day; npm run indicators -- --store … reads it
// back in a new process and prints the same indicators.
describe.skipIf(serverUrl === undefined)('the simulated day on a PostgreSQL server', () => {
  const database = `sdr_e2e_${process.pid}`;
  let admin: pg.Client;
  let url: string;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${database}`);
    await admin.query(`create database ${database}`);
    const u = new URL(serverUrl as string);
    u.pathname = `/${database}`;
    url = u.toString();
  });
  afterAll(async () => {
    await admin?.query(`drop database if exists ${database} with (force)`);
    await admin?.end();
  });

  test('npm start writes it, npm run indicators reads the same indicators back', {
    timeout: 240_000,
  }, async () => {
    const day = ['--seed', '7', '--days', '1', '--agents', '4', '--rate', '20'];
    const started = await run(
      'npx',
      ['tsx', 'examples/service-desk-day.ts', ...day, '--store', url],
      {
        cwd: root,
      },
    );
    expect(started.stdout).toMatch(/→ \d+ events written to postgres:\/\/[^ ]*\/sdr_e2e_/);
    const read = await run('npx', ['tsx', 'examples/desk-indicators.ts', '--store', url], {
      cwd: root,
    });
    expect(read.stdout).toMatch(/^\d+ events read from postgres:/);
    expect(tables(read.stdout).length).toBeGreaterThan(8);
    expect(tables(read.stdout)).toEqual(tables(started.stdout));
    // A second day into the same store is refused, not mixed in.
    await expect(
      run('npx', ['tsx', 'examples/service-desk-day.ts', ...day, '--store', url], { cwd: root }),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/already holds events/) });
  });
});

test('an unknown --store is refused with the usage', async () => {
  await expect(
    run('npx', ['tsx', 'examples/desk-indicators.ts', '--store', 'mysql://x'], { cwd: root }),
  ).rejects.toMatchObject({ stderr: expect.stringMatching(/--store expects postgres:\/\//) });
});
