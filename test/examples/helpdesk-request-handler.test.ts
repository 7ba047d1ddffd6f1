import { describe, expect, it } from 'vitest';
import {
  createRequestHandler,
  type HelpdeskResponse,
  SqlLikeEventStore,
} from '../../examples/helpdesk-request-handler.js';
import { loadState } from '../../src/storage/command-handler.js';
import { InMemoryEventStore } from '../../src/storage/in-memory-event-store.js';
import { streamId } from '../../src/storage/stream-id.js';
import {
  type ConformanceEvent,
  describeEventStoreConformance,
} from '../../src/testing/event-store-conformance.js';
import { ticketDecider } from '../../src/ticket/ticket-decider.js';
import type { TicketEvent } from '../../src/ticket/ticket-events.js';
import { ticketViolationMessages } from '../../src/ticket/ticket-violations.js';

describeEventStoreConformance(
  'The example SqlLikeEventStore',
  () => new SqlLikeEventStore<ConformanceEvent>(),
  { writers: 8, numRuns: 15 },
);

const alice = { id: 'alice', level: 1 };
const at = (minute: number) => `2026-03-02T09:${String(minute).padStart(2, '0')}:00.000Z`;
const open = {
  type: 'open',
  at: at(0),
  actor: alice,
  ticketId: 'T-42',
  caller: { name: 'Mme Martin', contact: 'poste 4412' },
  contract: { id: 'C-77' },
  equipment: { kind: 'pc', make: 'Dell', model: 'Latitude 7440', assetId: 'PC-0042' },
  environment: { network: 'LAN', operatingSystem: 'Windows 11', software: ['Word'] },
  description: 'Word table of contents fails',
};
const I1 = 'T-42-I1';
const simplestPath = [
  open,
  { type: 'qualify', at: at(1), actor: alice, impact: 'user', urgency: 'can-wait' },
  { type: 'take-in-charge', at: at(2), actor: alice, mode: 'direct' },
  {
    type: 'start-intervention',
    at: at(3),
    actor: alice,
    interventionId: I1,
    nature: 'Guide the user',
  },
  {
    type: 'apply-solution',
    at: at(8),
    actor: alice,
    interventionId: I1,
    solution: { kind: 'fix', nature: 'definitive', description: 'Heading styles applied' },
  },
  {
    type: 'record-report',
    at: at(9),
    actor: alice,
    interventionId: I1,
    report: { summary: 'Done', outcome: 'finished' },
  },
  { type: 'close', at: at(10), actor: alice },
];

function setup() {
  const store = new SqlLikeEventStore<TicketEvent>();
  const handle = createRequestHandler(store);
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    handle({ method: 'POST', path: '/tickets/T-42/commands', headers, body });
  return { store, handle, post };
}

const summary = (r: HelpdeskResponse) => [r.status, r.body];

describe('the request handler answers 200, 409 and 422', () => {
  it('200: the simplest path of seed §6.1, one command per request, up to the closure', async () => {
    const { post } = setup();
    const answers = [];
    for (const command of simplestPath) answers.push(await post(command));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    expect(answers.at(-1)?.body).toEqual({
      version: 7,
      events: ['ticket-closed'],
      status: 'closed',
    });
    expect(answers.at(-1)?.headers.etag).toBe('"7"');
  });

  it('409: a command sent from a stale version is refused and appends nothing', async () => {
    const { post, handle } = setup();
    await post(open);
    await post(simplestPath[1], { 'if-match': '"1"' });
    const stale = await post(simplestPath[2], { 'if-match': '"1"', 'accept-language': 'fr' });
    expect(summary(stale)).toEqual([
      409,
      {
        code: 'append-conflict',
        message:
          'Conflit de version sur le flux « ticket-T-42 » : version attendue 1, version trouvée 2. Rechargez le flux et décidez à nouveau.',
        expectedVersion: 1,
        actualVersion: 2,
      },
    ]);
    const now = await handle({ method: 'GET', path: '/tickets/T-42' });
    expect([now.headers.etag, (now.body as { status: string }).status]).toEqual([
      '"2"',
      'qualified',
    ]);
    expect((await post(simplestPath[2], { 'if-match': '"2"' })).status).toBe(200);
  });

  it('422: a malformed body, with its path and the message in the language asked', async () => {
    const { post } = setup();
    await post(open);
    const bad = { ...simplestPath[1], urgency: 'urgent', actor: { id: 'alice', level: 4 } };
    for (const lang of ['fr', 'en'] as const) {
      const r = await post(bad, { 'accept-language': lang === 'fr' ? 'fr-FR,fr;q=0.9' : 'en-GB' });
      expect(r.status).toBe(422);
      const errors = (
        r.body as { errors: { code: string; message: string; details: { path: unknown } }[] }
      ).errors;
      expect(errors.map((e) => [e.code, e.message, e.details.path])).toEqual([
        [
          'malformed-command',
          ticketViolationMessages['malformed-command'][lang],
          ['actor', 'level'],
        ],
        ['malformed-command', ticketViolationMessages['malformed-command'][lang], ['urgency']],
      ]);
    }
    expect(summary(await post({ type: 'explode' }))[0]).toBe(422);
  });

  it('422: a rule of the seed refuses the command — no closure without a definitive solution (§5.1)', async () => {
    const { post } = setup();
    for (const command of simplestPath.slice(0, 3)) await post(command);
    const r = await post({ type: 'close', at: at(5), actor: alice }, { 'accept-language': 'fr' });
    expect(r.status).toBe(422);
    expect(
      (r.body as { errors: { code: string; message: string }[] }).errors.map((e) => [
        e.code,
        e.message,
      ]),
    ).toEqual([['no-definitive-solution', ticketViolationMessages['no-definitive-solution'].fr]]);
    // and only the opener closes (§5.2)
    const carol = { id: 'carol', level: 1 };
    for (const command of simplestPath.slice(3, 6)) await post(command);
    const other = await post({ type: 'close', at: at(11), actor: carol });
    expect((other.body as { errors: { code: string }[] }).errors.map((e) => e.code)).toEqual([
      'not-the-opener',
    ]);
  });

  it('404, 405, and an open whose ticket id is not the path’s', async () => {
    const { handle, post } = setup();
    expect((await handle({ method: 'GET', path: '/tickets/T-404' })).status).toBe(404);
    expect((await handle({ method: 'GET', path: '/elsewhere' })).status).toBe(404);
    expect((await handle({ method: 'DELETE', path: '/tickets/T-42' })).status).toBe(405);
    expect((await handle({ method: 'GET', path: '/tickets/T-42/commands' })).status).toBe(405);
    const r = await post({ ...open, ticketId: 'T-43' });
    expect(summary(r)).toEqual([
      422,
      {
        errors: [
          {
            code: 'ticket-id-mismatch',
            message: 'The ticket opened (T-43) is not the one in the path (T-42).',
          },
        ],
      },
    ]);
  });
});

describe('the example adapter stores tickets like the reference store', () => {
  it('revives dates and replays to the same state as InMemoryEventStore', async () => {
    const { store, post } = setup();
    const reference = new InMemoryEventStore<TicketEvent>();
    const viaReference = createRequestHandler(reference);
    for (const command of simplestPath) {
      await post(command);
      await viaReference({ method: 'POST', path: '/tickets/T-42/commands', body: command });
    }
    const id = streamId('ticket-T-42');
    const events = await store.readStream(id);
    expect(events.every((e) => e.event.at instanceof Date)).toBe(true);
    expect(await loadState(ticketDecider, store, id)).toEqual(
      await loadState(ticketDecider, reference, id),
    );
  });
});
