/**
 * How an existing helpdesk product calls the library from its own request handler, with its
 * own event store. Run it with `npx tsx examples/helpdesk-request-handler.ts`.
 *
 * - `SqlLikeEventStore` is the product's adapter: it implements the library's `EventStore`
 *   over rows shaped like a SQL table (`position`, `stream_id`, `version`, `type`, `data` as
 *   JSON text), the way `docs/storage.md` sketches it for PostgreSQL. Dates go through JSON,
 *   so it revives them by field name.
 * - `createRequestHandler(store)` returns the product's `handleRequest({ method, path,
 *   headers, body })`: untrusted bodies go through `parseTicketCommand`, the command through
 *   `handleCommand` (load, decide, append at the version loaded), and the answer is
 *   200 (accepted), 409 (someone changed the ticket since the version the user saw, sent as
 *   `If-Match`), 422 (a malformed command or a rule of the seed refused it, with the French
 *   or English message as `Accept-Language` asks) or 404/405.
 */
import { pathToFileURL } from 'node:url';
import type { Locale, RuleViolation } from 'service-desk-rules';
import { err, ok, type Result } from 'service-desk-rules';
import {
  type AppendConflict,
  type AppendOptions,
  type AppendSuccess,
  appendConflict,
  assertAppendArguments,
  assertStreamId,
  type EventStore,
  handleCommand,
  loadState,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  resolveReadAllOptions,
  resolveReadStreamOptions,
  type StoredEvent,
  type StreamId,
  streamId,
} from 'service-desk-rules/storage';
import type { TicketEvent } from 'service-desk-rules/ticket';
import {
  defaultTicketPolicy,
  parseTicketCommand,
  type TicketPolicy,
  ticketDeciderFor,
} from 'service-desk-rules/ticket';

/** One row of the product's `events` table. */
export interface EventRow {
  readonly position: number;
  readonly stream_id: string;
  readonly version: number;
  readonly type: string;
  /** The event as JSON text, as a `jsonb` or `text` column would hold it. */
  readonly data: string;
}

/** JSON has no dates: the ticket's events carry `at` and, on a dispatch, `plannedFor`. */
const dateFields = new Set(['at', 'plannedFor']);
const reviveDates = (key: string, value: unknown) =>
  dateFields.has(key) && typeof value === 'string' ? new Date(value) : value;

/**
 * The product's store: a table of rows keyed by position, with the unique
 * `(stream_id, version)` rule checked before every insert. Synchronous inside each call, as a
 * transaction holding a lock would be.
 */
export class SqlLikeEventStore<E extends { readonly type: string }> implements EventStore<E> {
  readonly #rows = new Map<number, EventRow>();
  #lastPosition = 0;

  async append(
    id: StreamId,
    events: readonly E[],
    options: AppendOptions,
  ): Promise<Result<AppendSuccess, AppendConflict>> {
    assertAppendArguments(id, events, options); // the same TypeErrors as the reference store
    // select coalesce(max(version), 0) from events where stream_id = $1
    let actual = 0;
    for (const row of this.#rows.values()) {
      if (row.stream_id === id && row.version > actual) actual = row.version;
    }
    if (options.expectedVersion !== 'any' && options.expectedVersion !== actual) {
      return err(appendConflict(id, options.expectedVersion, actual));
    }
    // Encode the whole batch first: an event that cannot be stored must leave nothing written.
    const data = events.map((event) => JSON.stringify(event));
    // insert into events (stream_id, version, type, data) values … returning position
    for (const [k, event] of events.entries()) {
      this.#lastPosition++;
      this.#rows.set(this.#lastPosition, {
        position: this.#lastPosition,
        stream_id: id,
        version: actual + k + 1,
        type: event.type,
        data: data[k] as string,
      });
    }
    return ok({ version: actual + events.length, position: this.#lastPosition });
  }

  async readStream(id: StreamId, options?: ReadStreamOptions): Promise<readonly StoredEvent<E>[]> {
    assertStreamId(id);
    const { fromVersion, limit } = resolveReadStreamOptions(options);
    // select … where stream_id = $1 and version >= $2 order by version limit $3
    return [...this.#rows.values()]
      .filter((row) => row.stream_id === id && row.version >= fromVersion)
      .sort((a, b) => a.version - b.version)
      .slice(0, limit)
      .map((row) => this.#stored(row));
  }

  async readAll(options?: ReadAllOptions): Promise<ReadAllPage<E>> {
    const { fromPosition, limit } = resolveReadAllOptions(options);
    // select … where position >= $1 order by position limit $2 + 1
    const rows = [...this.#rows.values()]
      .filter((row) => row.position >= fromPosition)
      .sort((a, b) => a.position - b.position)
      .slice(0, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      events: page.map((row) => this.#stored(row)),
      nextPosition: last === undefined ? fromPosition : last.position + 1,
      isEnd: rows.length <= limit,
    };
  }

  #stored(row: EventRow): StoredEvent<E> {
    return {
      streamId: streamId(row.stream_id),
      version: row.version,
      position: row.position,
      event: JSON.parse(row.data, reviveDates) as E,
    };
  }
}

/** A request as the product's web framework hands it over. */
export interface HelpdeskRequest {
  readonly method: string;
  readonly path: string;
  /** Lower-case header names: `if-match` (the version the user saw), `accept-language`. */
  readonly headers?: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
}

/** The answer the framework sends back as JSON. */
export interface HelpdeskResponse {
  readonly status: 200 | 404 | 405 | 409 | 422;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

const json = (
  status: HelpdeskResponse['status'],
  body: unknown,
  headers: Record<string, string> = {},
): HelpdeskResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body,
});

const violations = (list: readonly RuleViolation[], lang: Locale) =>
  list.map((v) => ({
    code: v.code,
    message: v.message[lang],
    ...(v.details === undefined ? {} : { details: v.details }),
  }));

/** The routes: `GET /tickets/:id` and `POST /tickets/:id/commands`. */
export function createRequestHandler(
  store: EventStore<TicketEvent>,
  policy: TicketPolicy = defaultTicketPolicy,
): (request: HelpdeskRequest) => Promise<HelpdeskResponse> {
  const decider = ticketDeciderFor(policy);
  return async function handleRequest(request) {
    const lang: Locale = request.headers?.['accept-language']?.startsWith('fr') ? 'fr' : 'en';
    const route = /^\/tickets\/([A-Za-z0-9-]{1,64})(\/commands)?$/.exec(request.path);
    if (route === null) return json(404, { code: 'not-found' });
    const [, id = '', commands] = route;
    const stream = streamId(`ticket-${id}`);

    if (commands === undefined) {
      if (request.method !== 'GET')
        return json(405, { code: 'method-not-allowed' }, { allow: 'GET' });
      const { state, version } = await loadState(decider, store, stream);
      if (version === 0) return json(404, { code: 'not-found' });
      return json(
        200,
        {
          id,
          status: state.status,
          // Each stage holds only what exists there: narrow before reading.
          priority: ('qualification' in state ? state.qualification?.priority : undefined) ?? null,
          handler: ('handler' in state ? state.handler?.id : undefined) ?? null,
        },
        { etag: `"${version}"` },
      );
    }

    if (request.method !== 'POST')
      return json(405, { code: 'method-not-allowed' }, { allow: 'POST' });
    // 1. Untrusted input: parse it, every problem at once, nothing half-applied.
    const parsed = parseTicketCommand(request.body);
    if (!parsed.ok) return json(422, { errors: violations(parsed.error, lang) });
    const command = parsed.value;
    if (command.type === 'open' && command.ticketId !== id) {
      return json(422, {
        errors: [
          {
            code: 'ticket-id-mismatch',
            message:
              lang === 'fr'
                ? `Le dossier ouvert (${command.ticketId}) n’est pas celui de l’adresse (${id}).`
                : `The ticket opened (${command.ticketId}) is not the one in the path (${id}).`,
          },
        ],
      });
    }
    // 2. The version the user saw, if the client sends it.
    const ifMatch = request.headers?.['if-match']?.replace(/"/g, '');
    const expectedVersion = ifMatch === undefined ? undefined : Number(ifMatch);
    if (
      expectedVersion !== undefined &&
      !(Number.isSafeInteger(expectedVersion) && expectedVersion >= 0)
    ) {
      return json(422, {
        errors: [{ code: 'bad-if-match', message: 'If-Match must be a version number' }],
      });
    }
    // 3. Load, decide with the seed's rules, append at the version loaded.
    const result = await handleCommand(
      decider,
      store,
      stream,
      command,
      expectedVersion === undefined ? { maxRetries: 2 } : { expectedVersion },
    );
    if (result.ok) {
      return json(
        200,
        {
          version: result.value.version,
          events: result.value.events.map((e) => e.type),
          status: result.value.state.status,
        },
        { etag: `"${result.value.version}"` },
      );
    }
    if (result.error.kind === 'conflict') {
      const c = result.error.conflict;
      return json(409, {
        code: c.code,
        message: c.message[lang],
        expectedVersion: c.expectedVersion,
        actualVersion: c.actualVersion,
      });
    }
    return json(422, { errors: violations(result.error.violation, lang) });
  };
}

/** A short conversation with the handler, printed. */
async function demo(): Promise<void> {
  const handleRequest = createRequestHandler(new SqlLikeEventStore<TicketEvent>());
  const alice = { id: 'alice', level: 1 };
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    handleRequest({ method: 'POST', path: '/tickets/T-42/commands', headers, body });
  const show = (what: string, r: HelpdeskResponse) =>
    console.log(`${what}\n  → ${r.status} ${JSON.stringify(r.body)}`);

  show(
    'open T-42',
    await post({
      type: 'open',
      at: '2026-03-02T09:00:00Z',
      actor: alice,
      ticketId: 'T-42',
      caller: { name: 'Mme Martin', contact: 'poste 4412' },
      contract: { id: 'C-77' },
      equipment: { kind: 'pc', make: 'Dell', model: 'Latitude 7440', assetId: 'PC-0042' },
      environment: { network: 'LAN', operatingSystem: 'Windows 11', software: ['Word'] },
      description: 'Word table of contents fails',
    }),
  );
  show(
    'qualify with a bad urgency (422, in French)',
    await post(
      {
        type: 'qualify',
        at: '2026-03-02T09:01:00Z',
        actor: alice,
        impact: 'user',
        urgency: 'urgent',
      },
      { 'accept-language': 'fr' },
    ),
  );
  show(
    'qualify, having seen version 1',
    await post(
      {
        type: 'qualify',
        at: '2026-03-02T09:01:00Z',
        actor: alice,
        impact: 'user',
        urgency: 'can-wait',
      },
      { 'if-match': '"1"' },
    ),
  );
  show(
    'take in charge, from a screen still showing version 1 (409)',
    await post(
      { type: 'take-in-charge', at: '2026-03-02T09:02:00Z', actor: alice, mode: 'direct' },
      { 'if-match': '"1"' },
    ),
  );
  show(
    'close without a definitive solution (422, the seed §5.1)',
    await post({ type: 'close', at: '2026-03-02T09:03:00Z', actor: alice }),
  );
  show('GET /tickets/T-42', await handleRequest({ method: 'GET', path: '/tickets/T-42' }));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await demo();
}
