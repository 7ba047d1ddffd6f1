/**
 * The ticket decider: replay of 1,000,000 events (target ≥ 2 M events/s) and decide + evolve
 * per command, each against a plain `switch` reducer over the same events, measured in the
 * same run. Run alone with `npm run bench -- ticket`.
 */
import { match } from 'ts-pattern';
import {
  decideTicket,
  evolveTicket,
  initialTicketState,
  type TicketEvent,
  type TicketState,
} from '../src/ticket/index.js';
import { type BenchRow, consume, formatOps, formatRatio, measure } from './harness.js';
import { eventsOf, lives } from './ticket-lives.js';

/** The baseline: a plain `switch` reducer folding the same events into a small immutable state. */
interface BaselineState {
  readonly status: string;
  readonly version: number;
  readonly interventions: number;
  readonly reports: number;
  readonly waiting: boolean;
}
const baselineInitial: BaselineState = {
  status: 'new',
  version: 0,
  interventions: 0,
  reports: 0,
  waiting: false,
};
function baselineEvolve(s: BaselineState, e: TicketEvent): BaselineState {
  switch (e.type) {
    case 'ticket-opened':
      return { ...s, status: 'opened', version: s.version + 1 };
    case 'ticket-qualified':
      return {
        ...s,
        status: s.status === 'opened' ? 'qualified' : s.status,
        version: s.version + 1,
      };
    case 'ticket-taken-in-charge':
    case 'ticket-reopened':
      return { ...s, status: 'in-progress', version: s.version + 1 };
    case 'intervention-started':
      return { ...s, interventions: s.interventions + 1, version: s.version + 1 };
    case 'intervention-reported':
      return { ...s, reports: s.reports + 1, version: s.version + 1 };
    case 'solution-applied':
      return {
        ...s,
        status: e.nature === 'definitive' ? 'resolved' : s.status,
        version: s.version + 1,
      };
    case 'ticket-paused':
      return { ...s, waiting: true, version: s.version + 1 };
    case 'ticket-resumed':
      return { ...s, waiting: false, version: s.version + 1 };
    case 'ticket-closed':
      return { ...s, status: 'closed', version: s.version + 1 };
    default:
      return { ...s, version: s.version + 1 };
  }
}

/** The same fold written with an exhaustive ts-pattern `match` per event, for comparison. */
function matchEvolve(s: TicketState, e: TicketEvent): TicketState {
  return match(e)
    .with({ type: 'ticket-opened' }, (x) => evolveTicket(s, x))
    .with({ type: 'ticket-qualified' }, (x) => evolveTicket(s, x))
    .with({ type: 'ticket-taken-in-charge' }, (x) => evolveTicket(s, x))
    .with({ type: 'handling-acknowledged' }, (x) => evolveTicket(s, x))
    .with({ type: 'ticket-handed-off' }, (x) => evolveTicket(s, x))
    .with({ type: 'intervention-started' }, (x) => evolveTicket(s, x))
    .with({ type: 'intervention-reported' }, (x) => evolveTicket(s, x))
    .with({ type: 'solution-applied' }, (x) => evolveTicket(s, x))
    .with({ type: 'user-informed' }, (x) => evolveTicket(s, x))
    .with({ type: 'ticket-paused' }, (x) => evolveTicket(s, x))
    .with({ type: 'ticket-resumed' }, (x) => evolveTicket(s, x))
    .with({ type: 'problem-linked' }, (x) => evolveTicket(s, x))
    .with({ type: 'ticket-reopened' }, (x) => evolveTicket(s, x))
    .with({ type: 'ticket-closed' }, (x) => evolveTicket(s, x))
    .with({ type: 'policy-rebaselined' }, (x) => evolveTicket(s, x))
    .with({ type: 'ticket-cancelled' }, (x) => evolveTicket(s, x))
    .exhaustive();
}

function bestOf(rounds: number, fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Runs the ticket benchmarks; returns one row per case (operations per second) and a summary
 * with the ratios against the baseline measured in the same run.
 */
export function runTicketBench(size = 1_000_000): { rows: BenchRow[]; summary: string[] } {
  const templates = lives.map(eventsOf);
  const streams: TicketEvent[][] = [];
  let total = 0;
  for (let i = 0; total < size; i++) {
    const stream = templates[i % templates.length] as TicketEvent[];
    streams.push(stream);
    total += stream.length;
  }

  const replayAll = (fold: (s: TicketState, e: TicketEvent) => TicketState) => () => {
    for (const stream of streams) {
      let state = initialTicketState;
      for (const e of stream) state = fold(state, e);
      consume(state);
    }
  };
  const baselineAll = () => {
    for (const stream of streams) {
      let state = baselineInitial;
      for (const e of stream) state = baselineEvolve(state, e);
      consume(state);
    }
  };
  replayAll(evolveTicket)();
  baselineAll();
  const replayMs = bestOf(5, replayAll(evolveTicket));
  const baselineMs = bestOf(5, baselineAll);
  const matchMs = bestOf(3, replayAll(matchEvolve));

  const commandCount = lives.reduce((n, l) => n + l.length, 0);
  const decideEvolveLives = () => {
    for (const life of lives) {
      let state = initialTicketState;
      for (const command of life) {
        const decision = decideTicket(command, state);
        if (decision.ok) for (const e of decision.value) state = evolveTicket(state, e);
      }
      consume(state);
    }
  };
  const baselineLives = () => {
    for (const events of templates) {
      let state = baselineInitial;
      for (const e of events) state = baselineEvolve(state, e);
      consume(state);
    }
  };
  const decideEvolvePerSecond = measure(decideEvolveLives) * commandCount;
  const baselinePerSecond = measure(baselineLives) * templates.reduce((n, t) => n + t.length, 0);

  const replayRate = (total / replayMs) * 1000;
  const rows: BenchRow[] = [
    {
      group: 'ticket',
      name: `replay ${total.toLocaleString('en')} events: switch reducer (baseline)`,
      opsPerSecond: (total / baselineMs) * 1000,
    },
    {
      group: 'ticket',
      name: `replay ${total.toLocaleString('en')} events: evolveTicket`,
      opsPerSecond: replayRate,
    },
    {
      group: 'ticket',
      name: 'replay: ts-pattern match per event',
      opsPerSecond: (total / matchMs) * 1000,
    },
    {
      group: 'ticket',
      name: 'per event: switch reducer (baseline)',
      opsPerSecond: baselinePerSecond,
    },
    {
      group: 'ticket',
      name: 'per command: decideTicket + evolveTicket',
      opsPerSecond: decideEvolvePerSecond,
    },
  ];
  return {
    rows,
    summary: [
      `replay of ${total.toLocaleString('en')} events (${streams.length.toLocaleString('en')} tickets): ${replayMs.toFixed(0)} ms, ${formatOps(replayRate)} events (target ≥ 2 M/s) ${replayRate >= 2e6 ? '✓' : '✗'}; ${formatRatio(replayMs / baselineMs)} the time of the switch reducer (${baselineMs.toFixed(0)} ms); a ts-pattern match per event takes ${formatRatio(matchMs / replayMs)} the time of evolveTicket`,
      `decide + evolve: ${formatOps(decideEvolvePerSecond)} commands, ${formatRatio(baselinePerSecond / decideEvolvePerSecond)} the time per operation of the switch reducer per event`,
    ],
  };
}
