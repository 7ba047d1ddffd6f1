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

/** `a` wakes before `b`: the earlier instant, then the earlier arrival. */
const before = (a: Wakeup, b: Wakeup) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

/**
 * The waiting processes as a binary heap ordered by {@link before}: adding and taking the next
 * cost O(log n) however many wait (a whole run's callers wait from the start, so a sorted array
 * made every wait cost O(n), which grew with the days).
 */
class WakeupHeap {
  readonly #items: Wakeup[] = [];

  get first(): Wakeup | undefined {
    return this.#items[0];
  }

  push(entry: Wakeup): void {
    const items = this.#items;
    let k = items.length;
    items.push(entry);
    while (k > 0) {
      const parent = (k - 1) >> 1;
      const p = items[parent] as Wakeup;
      if (!before(entry, p)) break;
      items[k] = p;
      k = parent;
    }
    items[k] = entry;
  }

  pop(): Wakeup | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let k = 0;
    for (;;) {
      const left = 2 * k + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const l = items[left] as Wakeup;
      const r = items[right];
      const [child, c] = r !== undefined && before(r, l) ? [right, r] : [left, l];
      if (!before(c, last)) break;
      items[k] = c;
      k = child;
    }
    items[k] = last;
    return top;
  }
}

/** The simulation's clock and scheduler. */
export class SimulatedClock {
  #now: number;
  #seq = 0;
  readonly #waiting = new WakeupHeap();

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
      this.#waiting.push({ at: time, seq: this.#seq++, wake });
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
      const next = this.#waiting.first;
      if (next === undefined || next.at > end.getTime()) break;
      this.#waiting.pop();
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
