/**
 * Simulated time for the desk's people, written as plain async functions: a process waits
 * with `await clock.until(instant)` or `await queue.take()`, and the clock wakes the waiting
 * processes in time order, one instant at a time. Nothing depends on the real clock, so a run
 * is the same every time.
 */

interface Wakeup {
  readonly at: number;
  readonly seq: number;
  readonly wake: () => void;
}

/** Lets every pending promise settle (the in-memory store only uses promises, no timers). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The simulation's clock and scheduler. */
export class SimulatedClock {
  #now: number;
  #seq = 0;
  readonly #waiting: Wakeup[] = [];

  constructor(start: Date) {
    this.#now = start.getTime();
  }

  /** The current simulated instant. */
  get now(): Date {
    return new Date(this.#now);
  }

  /** Resolves when the simulation reaches `at` (at once, in order, if it is already past). */
  until(at: Date | number): Promise<void> {
    const time = Math.max(typeof at === 'number' ? at : at.getTime(), this.#now);
    return new Promise((wake) => {
      const entry = { at: time, seq: this.#seq++, wake };
      // Binary search: keep the list sorted by instant, then by arrival order.
      let lo = 0;
      let hi = this.#waiting.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const m = this.#waiting[mid] as Wakeup;
        if (m.at < entry.at || (m.at === entry.at && m.seq < entry.seq)) lo = mid + 1;
        else hi = mid;
      }
      this.#waiting.splice(lo, 0, entry);
    });
  }

  /** Starts a process; its errors stop the run. */
  spawn(process: () => Promise<void>): void {
    process().catch((error: unknown) => {
      this.#failure ??= error;
    });
  }

  #failure: unknown;

  /** Runs every process until the simulation reaches `end` (processes still waiting stay so). */
  async runUntil(end: Date): Promise<void> {
    await settle();
    for (;;) {
      if (this.#failure !== undefined) throw this.#failure;
      const next = this.#waiting[0];
      if (next === undefined || next.at > end.getTime()) break;
      this.#waiting.shift();
      this.#now = next.at;
      next.wake();
      await settle();
    }
    if (this.#failure !== undefined) throw this.#failure;
    this.#now = Math.max(this.#now, end.getTime());
  }
}

/**
 * A queue of work that processes wait on: first in, first out, or by `rank` (lowest first,
 * then first in) when one is given.
 */
export class WorkQueue<T> {
  readonly #items: T[] = [];
  readonly #takers: ((item: T) => void)[] = [];

  constructor(readonly rank?: (item: T) => number) {}

  /** Adds an item; the longest-waiting taker gets it at once. */
  push(item: T): void {
    const taker = this.#takers.shift();
    if (taker !== undefined) {
      taker(item);
      return;
    }
    const rank = this.rank;
    if (rank === undefined) {
      this.#items.push(item);
      return;
    }
    const r = rank(item);
    const k = this.#items.findIndex((other) => rank(other) > r);
    if (k < 0) this.#items.push(item);
    else this.#items.splice(k, 0, item);
  }

  /** The next item, when there is one. */
  take(): Promise<T> {
    const item = this.#items.shift();
    if (item !== undefined) return Promise.resolve(item);
    return new Promise((resolve) => this.#takers.push(resolve));
  }

  /** Removes an item still waiting; whether it was there. */
  remove(item: T): boolean {
    const k = this.#items.indexOf(item);
    if (k < 0) return false;
    this.#items.splice(k, 1);
    return true;
  }

  /** Items waiting. */
  get length(): number {
    return this.#items.length;
  }
}
