/**
 * Starts the work on each item as it is read and yields the results in input order, with at most
 * `window` items started and not yet yielded: the output keeps the input's order and memory stays
 * flat however long the input. `start` must not reject (failures are results).
 */
export async function* inOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, start: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of items) {
    pending.push(start(item));
    while (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
