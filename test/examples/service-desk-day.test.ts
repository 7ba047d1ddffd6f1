import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test as fcTest } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cliOptionSpecs,
  exitCodes,
  parseCliOptions,
  UsageError,
} from '../../examples/service-desk-day/cli-options.js';
import {
  defaultSimulationOptions,
  type SimulationOptions,
} from '../../examples/service-desk-day/desk-setup.js';
import { renderHtmlReport } from '../../examples/service-desk-day/html-report.js';
import { duration, percent, typeset } from '../../examples/service-desk-day/report-labels.js';
import {
  indicatorOptions,
  runSimulation,
  type SimulationResult,
} from '../../examples/service-desk-day/simulation.js';
import { renderTerminalReport } from '../../examples/service-desk-day/terminal-report.js';
import { assertWritableFile } from '../../examples/service-desk-day/writable-file.js';
import type { CallQueueEvent } from '../../src/metrics/call-queue-events.js';
import { serviceIndicatorsFromStore } from '../../src/metrics/indicators-from-store.js';
import type { ServiceIndicators } from '../../src/metrics/service-indicators.js';
import { parseCompletedInterventionReport } from '../../src/report/parse-intervention-report.js';
import { readAllEvents } from '../../src/storage/read-all-events.js';
import { replayTicket } from '../../src/ticket/evolve-ticket.js';
import type { TicketEvent } from '../../src/ticket/ticket-events.js';
import { fieldsOf, type TicketFields } from '../ticket/ticket-stage-view.js';

// A small desk: two days so that loans come back, problems recur and known errors get used.
const small: SimulationOptions = {
  ...defaultSimulationOptions,
  seed: 4242,
  days: 2,
  agents: 3,
  rate: 14,
};

let result: SimulationResult;
let text: string;
let streams: Map<string, TicketEvent[]>;
let queue: CallQueueEvent[];

beforeAll(async () => {
  result = await runSimulation(small);
  text = renderTerminalReport(result, 'en');
  streams = new Map();
  queue = [];
  for await (const stored of readAllEvents(result.desk.store)) {
    const event = stored.event;
    if (event.type === 'call-answered' || event.type === 'call-abandoned') {
      queue.push(event as CallQueueEvent);
      continue;
    }
    const list = streams.get(stored.streamId) ?? [];
    list.push(event as TicketEvent);
    streams.set(stored.streamId, list);
  }
});

describe('the simulation is reproducible', () => {
  it('gives the same report text for the same seed', async () => {
    const again = await runSimulation(small);
    expect(renderTerminalReport(again, 'en')).toBe(text);
    expect(renderTerminalReport(again, 'fr')).toBe(renderTerminalReport(result, 'fr'));
  });

  it('gives another day for another seed', async () => {
    const other = await runSimulation({ ...small, seed: 4243 });
    expect(renderTerminalReport(other, 'en')).not.toBe(text);
  });

  it('keeps its report short', () => {
    expect(text.split('\n').length).toBeLessThanOrEqual(80);
  });
});

describe('every ticket follows the rules (replayed from the store)', () => {
  const replayed = () =>
    [...streams.entries()].map(([id, events]) => ({ id, state: replayTicket(events) }));

  it('the store holds every ticket the desk opened, each stream replaying to the desk’s state', () => {
    expect(streams.size).toBe(result.desk.tickets.length);
    for (const ticket of result.desk.tickets) {
      expect(replayTicket(streams.get(ticket.stream) ?? [])).toEqual(ticket.state);
    }
  });

  it('closes a ticket only by its level-1 opener, after a definitive solution and every report (§5, §6)', () => {
    const closed = replayed().filter((t) => t.state.status === 'closed');
    expect(closed.length).toBeGreaterThan(50);
    for (const { state } of closed) {
      expect(fieldsOf(state).closed?.by.id).toBe(fieldsOf(state).opening?.by.id);
      expect(fieldsOf(state).closed?.by.level).toBe(1);
      expect(fieldsOf(state).solutions.at(-1)?.nature).toBe('definitive');
      expect(fieldsOf(state).interventions.every((i) => i.report !== undefined)).toBe(true);
    }
  });

  it('never closes on a loan: a loaned call stays open until a definitive solution (§5.1)', () => {
    const loaned = replayed().filter((t) =>
      fieldsOf(t.state).solutions.some((s) => s.swap === 'loan'),
    );
    expect(loaned.length).toBeGreaterThan(0);
    for (const { state } of loaned) {
      const last = fieldsOf(state).solutions.at(-1) as TicketFields['solutions'][number];
      if (last.swap === 'loan') expect(state.status).toBe('in-progress');
      else expect(last.nature).toBe('definitive');
    }
    expect(loaned.some((t) => t.state.status === 'closed')).toBe(true);
  });

  it('defers calls that can wait while others queue: a colleague calls the user back, the opener closes (§4.2, §5.2)', () => {
    const deferred = replayed().filter((t) => fieldsOf(t.state).handlingMode === 'deferred');
    expect(deferred.length).toBe(result.desk.tally.deferred);
    expect(deferred.length).toBeGreaterThan(0);
    for (const { state } of deferred) {
      expect(fieldsOf(state).qualification?.urgency).toBe('can-wait');
      expect(fieldsOf(state).interventions[0]?.performer.id).not.toBe(
        fieldsOf(state).opening?.by.id,
      );
    }
    const closed = deferred.filter((t) => t.state.status === 'closed');
    expect(closed.length).toBeGreaterThan(0);
    for (const { state } of closed) {
      expect(fieldsOf(state).closed?.by.id).toBe(fieldsOf(state).opening?.by.id);
      expect(fieldsOf(state).callBackPending).toBe(false); // the user was called back
    }
  });

  it('pauses the resolution clock while a warranty supplier works, and resumes on its solution', () => {
    const waited = replayed().filter((t) =>
      fieldsOf(t.state).pauses.some((p) => p.reason === 'waiting-for-third-party'),
    );
    expect(waited.length).toBeGreaterThan(0);
    for (const { state } of waited) {
      expect(fieldsOf(state).interventions.some((i) => i.supplier !== undefined)).toBe(true);
      if (state.status === 'closed') expect(state.waiting).toBeUndefined();
    }
  });

  it('classifies hand-offs as the seed does: beyond competence or a procedure exhausted is a transfer (§4.3.3)', () => {
    const handoffs = replayed().flatMap((t) => fieldsOf(t.state).handoffs);
    expect(handoffs.length).toBeGreaterThan(0);
    for (const h of handoffs) {
      const transfer = [
        'beyond-level-1-competence',
        'troubleshooting-procedure-exhausted',
      ].includes(h.rationale);
      expect([h.rationale, h.kind]).toEqual([h.rationale, transfer ? 'transfer' : 'escalation']);
      expect([h.from.level, h.to.level]).toEqual([1, 2]);
    }
    expect(new Set(handoffs.map((h) => h.kind))).toEqual(new Set(['transfer', 'escalation']));
  });

  it('sends someone on site only with a diagnosis, the contact and the equipment (§4.3.4)', () => {
    const onSite = replayed().flatMap((t) =>
      fieldsOf(t.state).interventions.filter((i) => i.mode === 'on-site'),
    );
    expect(onSite.length).toBeGreaterThan(0);
    for (const i of onSite) {
      expect(i.request?.diagnosis).toMatch(/\S/);
      expect(i.request?.userContact).toMatch(/^poste \d+$/);
      expect(i.request?.equipment).toMatch(/^(PC|PER)-\d+$/);
    }
  });

  it('files a checked §6.5 report for every on-site intervention, referenced by the ticket (§6)', () => {
    const onSite = replayed().flatMap((t) =>
      fieldsOf(t.state).interventions.filter((i) => i.mode === 'on-site' && i.report !== undefined),
    );
    expect(onSite.length).toBeGreaterThan(0);
    const byNumber = new Map(result.desk.reports.map((r) => [r.interventionNumber, r]));
    expect(byNumber.size).toBe(result.desk.reports.length);
    for (const i of onSite) {
      const document = byNumber.get(i.report?.reference ?? '');
      expect(document?.interventionNumber).toBe(i.id);
      expect(parseCompletedInterventionReport(document).ok).toBe(true);
      expect(document?.intervention.finished).toBe(i.report?.outcome === 'finished');
      expect(document?.intervention.technicianSignature?.name).toBe(i.performer.id);
    }
  });

  it('links recurring incidents to problems that become known errors (§4.4)', () => {
    const known = result.problems.filter((p) => p.state.status === 'known-error');
    expect(known.length).toBeGreaterThan(0);
    const linked = replayed().filter((t) => fieldsOf(t.state).problems.length > 0);
    expect(linked.length).toBeGreaterThanOrEqual(5);
  });
});

describe('the hourly problem review looks at its recurrence window only', () => {
  fcTest.prop([fc.integer({ min: 0, max: 2 ** 32 - 1 })], { numRuns: 3 })(
    'and finds the same problems, linking the same tickets, as a review of every ticket',
    async (seed) => {
      const options = { ...small, seed, days: 3, rate: 20 };
      const windowed = await runSimulation(options);
      const everyTicket = await runSimulation(options, { reviewEveryTicket: true });
      expect(windowed.problems).toEqual(everyTicket.problems);
      expect(windowed.desk.tickets.map((t) => t.state)).toEqual(
        everyTicket.desk.tickets.map((t) => t.state),
      );
    },
  );
});

describe('whatever the seed and the staffing', () => {
  fcTest.prop(
    [
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 4, max: 60 }),
    ],
    { numRuns: 6 },
  )(
    'the desk runs a day without any command refused, and closes only by the rules',
    async (seed, agents, rate) => {
      const run = await runSimulation({ seed, days: 1, agents, rate, lang: 'en' });
      expect(run.indicators.tickets.opened).toBe(run.desk.tickets.length);
      for (const ticket of run.desk.tickets) {
        const { state } = ticket;
        if (state.status !== 'closed') continue;
        expect(state.closed?.by.id).toBe(ticket.opener.id);
        expect(state.solutions.at(-1)?.nature).toBe('definitive');
        expect(state.interventions.every((i) => i.report !== undefined)).toBe(true);
      }
    },
  );
});

describe('the printed figures are the indicators of the store', () => {
  let fromStore: ServiceIndicators;
  beforeAll(async () => {
    fromStore = await serviceIndicatorsFromStore(result.desk.store, result.end, indicatorOptions);
  });

  const line = (start: string) => text.split('\n').find((l) => l.startsWith(start)) ?? '';

  it('are serviceIndicatorsFromStore at the end of the run (the one pass that also takes the hourly points)', () => {
    expect(result.indicators).toEqual(fromStore);
    const hours = result.hours;
    expect(hours.reduce((n, h) => n + h.answered + h.abandoned, 0)).toBe(fromStore.calls.total);
    expect(hours.at(-1)?.backlog).toBe(fromStore.tickets.open);
  });

  it('first-level resolution, counted again from the replayed streams', () => {
    const closed = [...streams.values()]
      .map((e) => replayTicket(e))
      .filter((s) => s.status === 'closed');
    const atLevel1 = closed.filter(
      (s) => s.handoffs.length === 0 && s.solutions.at(-1)?.by.level === 1,
    ).length;
    const flr = fromStore.firstLevelResolution;
    expect([flr.atLevel1, flr.closed]).toEqual([atLevel1, closed.length]);
    expect(line('First-level resolution')).toContain(
      `${percent(flr.rate, 'en')} (${atLevel1}/${closed.length})`,
    );
    expect(line('First-level resolution').endsWith(flr.ok ? '✓' : '✗')).toBe(true);
  });

  it('abandoned calls, counted again from the call-queue stream', () => {
    const abandoned = queue.filter((e) => e.type === 'call-abandoned').length;
    expect(fromStore.calls.abandoned).toBe(abandoned);
    expect(line('Abandoned calls')).toContain(
      `${percent(abandoned / queue.length, 'en')} (${abandoned}/${queue.length})`,
    );
    expect(line('Calls')).toContain(
      `answered ${queue.length - abandoned} · abandoned ${abandoned}`,
    );
  });

  it('time to resolve, SLA compliance per priority and hand-offs', () => {
    const ttr = fromStore.timeToResolve;
    expect(line('Mean time to resolve')).toContain(duration(ttr.meanMs, 'en'));
    expect(line('Median time to resolve')).toContain(duration(ttr.medianMs, 'en'));
    expect(line('90th percentile to resolve')).toContain(duration(ttr.p90Ms, 'en'));
    for (const [p, sla] of fromStore.sla) {
      const row = line(`Priority ${p}`);
      for (const kind of ['detection', 'resolution'] as const) {
        const l = sla[kind];
        expect(row).toMatch(
          new RegExp(` ${l.met}/${l.total} +${percent(l.rate, 'en').replace('.', '\\.')} ≥ `),
        );
      }
    }
    expect(line('Hand-offs')).toContain(
      `${fromStore.handoffs.transfers} transfers (${percent(fromStore.handoffs.transferRate, 'en')}), ${fromStore.handoffs.escalations} escalations`,
    );
    expect(line('Tickets')).toContain(
      `closed ${fromStore.tickets.closed} · open ${fromStore.tickets.open}`,
    );
  });
});

describe('the HTML report', () => {
  it('is self-contained: no script, stylesheet, font or image from the network', () => {
    const html = renderHtmlReport(result, 'fr');
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html.match(/<svg /g)?.length).toBe(3);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<th>#</th><th>Temps de détection</th>');
    expect(html).toContain(
      typeset(percent(result.indicators.firstLevelResolution.rate, 'fr'), 'fr'),
    );
  });
});

describe('the command line', () => {
  const tsx = join('node_modules', '.bin', 'tsx');
  const run = (args: readonly string[]) =>
    spawnSync(tsx, ['examples/service-desk-day.ts', ...args], { encoding: 'utf8' });

  it('runs end to end: the report on stdout, progress and a summary on stderr, the HTML page written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-'));
    const page = join(dir, 'desk.html');
    const r = run(['--seed', '4242', '--days=2', '--agents', '3', '--rate=14', '--html', page]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${text}\n→ ${page}\n`);
    const progress = r.stderr.trimEnd().split('\n');
    expect(progress).toHaveLength(3);
    expect(progress[0]).toMatch(
      /^day 1\/2 \(Mon, 2 Mar 2026\): \d+ calls, \d+ tickets, \d+ open — \d+\.\d s$/,
    );
    expect(progress[1]).toMatch(/^day 2\/2 \(Tue, 3 Mar 2026\): /);
    expect(progress[2]).toMatch(
      new RegExp(
        `^Simulated 2 days: ${result.indicators.calls.total} calls, ${result.indicators.tickets.opened} tickets, in \\d+\\.\\d s$`,
      ),
    );
    expect(readFileSync(page, 'utf8')).toBe(renderHtmlReport(result, 'en'));
    rmSync(dir, { recursive: true });
  });

  it('prints the usage with every option for --help, and runs nothing (exit 0)', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    for (const spec of cliOptionSpecs) expect(r.stdout).toContain(`  ${spec.name}`);
    expect(r.stdout).toContain('Exit codes: 0 done, 2 usage error');
    expect(parseCliOptions(['-h']).help).toBe(true);
  });

  it('stops before the run with exit code 2 and names the mistake', () => {
    const bad = run(['--lang', 'de']);
    expect(bad.status).toBe(exitCodes.usage);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(
      /^--lang expects fr or en, got "de"\.\nnpm start -- --help lists every option\.\n$/,
    );
  });

  it('checks the --html file can be written before the run starts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-'));
    const missing = run(['--html', join(dir, 'no-such-folder', 'desk.html')]);
    expect([missing.status, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/the folder ".*no-such-folder" does not exist/);
    const folder = run(['--html', dir]);
    expect([folder.status, folder.stdout]).toEqual([2, '']);
    expect(folder.stderr).toMatch(/is a folder, not a file/);
    // The check leaves nothing behind.
    expect(() => assertWritableFile('--html', join(dir, 'new.html'))).not.toThrow();
    expect(readdirSync(dir)).toEqual([]);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.html');
      writeFileSync(locked, 'kept');
      chmodSync(locked, 0o444);
      expect(() => assertWritableFile('--html', locked)).toThrow(/cannot be written \(EACCES\)/);
      expect(readFileSync(locked, 'utf8')).toBe('kept');
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads every option, as --option value or --option=value', () => {
    expect(parseCliOptions([])).toEqual({ simulation: defaultSimulationOptions });
    const expected = {
      simulation: { seed: 7, days: 5, agents: 6, rate: 30, lang: 'fr' },
      html: 'x.html',
    };
    expect(
      parseCliOptions([
        '--seed',
        '7',
        '--days',
        '5',
        '--agents',
        '6',
        '--rate',
        '30',
        '--lang',
        'fr',
        '--html',
        'x.html',
      ]),
    ).toEqual(expected);
    expect(
      parseCliOptions([
        '--seed=7',
        '--days=5',
        '--agents=6',
        '--rate=30',
        '--lang=fr',
        '--html=x.html',
      ]),
    ).toEqual(expected);
    expect(parseCliOptions(['--html=a=b.html']).html).toBe('a=b.html');
  });

  it('refuses anything else, naming it', () => {
    const refusals: [string[], RegExp][] = [
      [['--days', '0'], /--days expects a whole number from 1 to 20, got "0"/],
      [['--days=21'], /--days expects a whole number from 1 to 20, got "21"/],
      [['--agents', '2.5'], /--agents expects a whole number from 1 to 40, got "2\.5"/],
      [['--rate', '1e2'], /--rate expects a whole number from 1 to 200, got "1e2"/],
      [['--seed', '-1'], /--seed expects a whole number from 0 to 4294967295, got "-1"/],
      [['--seed=-1'], /--seed expects a whole number from 0 to 4294967295, got "-1"/],
      [['--days'], /--days expects N/],
      [['--days', '--lang', 'fr'], /--days expects N/],
      [['--lang', 'de'], /--lang expects fr or en, got "de"/],
      [['--html', ''], /--html expects a file name/],
      [['--speed', '2'], /Unknown option "--speed"; the options are --seed, --days/],
      [['5'], /Unexpected argument "5"/],
      [['--days', '2', '--days', '3'], /--days is given twice/],
      [['--help=yes'], /--help takes no value/],
    ];
    for (const [args, message] of refusals) {
      expect(() => parseCliOptions(args)).toThrow(UsageError);
      expect(() => parseCliOptions(args)).toThrow(message);
    }
  });

  fcTest.prop([fc.array(fc.string(), { maxLength: 6 })])(
    'whatever the arguments, the result is options or a UsageError, never another error',
    (args) => {
      try {
        const o = parseCliOptions(args);
        expect(o.simulation.days).toBeGreaterThanOrEqual(1);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
      }
    },
  );
});
