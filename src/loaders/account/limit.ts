/** A counting semaphore: at most `concurrency` tasks run at once, the rest wait in order. */
export class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const nextTask = this.waiting.shift();
      // Hand the slot straight to the next waiter, so `running` never dips and overshoots.
      if (nextTask) nextTask();
      else this.running--;
    }
  }
}

/** Maps items with at most `concurrency` calls of `fn` in flight; results keep the input order. */
export async function mapLimited<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const limiter = new Limiter(concurrency);
  return Promise.all(items.map((item, i) => limiter.run(() => fn(item, i))));
}
