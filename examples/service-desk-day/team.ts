/**
 * A team of people, each with their own work list, most urgent first: work goes to the least
 * loaded member (named on the ticket, since a hand-off or a dispatch names who takes it).
 */
import type { Actor } from 'service-desk-rules/ticket';
import type { SimulatedClock } from './simulated-time.js';
import { WorkQueue } from './simulated-time.js';

export class Team<Job> {
  readonly #queues: WorkQueue<Job>[];
  readonly #busy: boolean[];

  constructor(
    readonly members: readonly Actor[],
    rank?: (job: Job) => number,
  ) {
    this.#queues = members.map(() => new WorkQueue<Job>(rank));
    this.#busy = members.map(() => false);
  }

  /** The member who will take the next job: the fewest jobs waiting or in hand, first listed on a tie. */
  leastLoaded(): Actor {
    let best = 0;
    let bestLoad = Number.POSITIVE_INFINITY;
    for (const [k] of this.members.entries()) {
      const load = (this.#queues[k]?.length ?? 0) + (this.#busy[k] ? 1 : 0);
      if (load < bestLoad) {
        best = k;
        bestLoad = load;
      }
    }
    return this.members[best] as Actor;
  }

  /** Gives `job` to `member`. */
  assign(member: Actor, job: Job): void {
    const k = this.members.findIndex((m) => m.id === member.id);
    const queue = this.#queues[k];
    if (queue === undefined) throw new TypeError(`${member.id} is not in the team`);
    queue.push(job);
  }

  /** Starts every member working through their list with `work`. */
  start(clock: SimulatedClock, work: (member: Actor, job: Job) => Promise<void>): void {
    for (const [k, member] of this.members.entries()) {
      const queue = this.#queues[k] as WorkQueue<Job>;
      clock.spawn(async () => {
        for (;;) {
          const job = await queue.take();
          this.#busy[k] = true;
          await work(member, job);
          this.#busy[k] = false;
        }
      });
    }
  }
}
