/** How much may be started and not yet yielded: a number of items, and optionally a total weight (characters of text). */
export interface Window<T> {
  items: number;
  /** An item's weight; one heavier than `weight` alone is still let in, once the others have drained below it. */
  weigh?: (item: T) => number;
  weight?: number;
}

/**
 * Starts the work on each item as it is read and yields the results in input order, with at most
 * `window` items (or weight) started and not yet yielded: the output keeps the input's order and
 * memory stays flat however long the input. `start` must not reject (failures are results).
 */
export async function* inOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, start: (item: T) => Promise<R>, window: number | Window<T>): AsyncGenerator<R> {
  const { items: most, weigh, weight: heaviest = Infinity } = typeof window === 'number' ? { items: window } : window;
  const pending: { result: Promise<R>; weight: number }[] = [];
  let load = 0;
  const next = async (): Promise<R> => {
    const done = pending.shift()!;
    load -= done.weight;
    return done.result;
  };
  for await (const item of items) {
    const weight = weigh ? weigh(item) : 0;
    pending.push({ result: start(item), weight });
    load += weight;
    while (pending.length >= most || (pending.length > 0 && load >= heaviest)) yield await next();
  }
  while (pending.length > 0) yield await next();
}
