import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/parallel/inOrder.js';

/** Work that finishes when the test says so, in any order, to see what inOrder starts and yields. */
function controlled() {
  const started: number[] = [];
  const finish = new Map<number, () => void>();
  const start = (item: number) => {
    started.push(item);
    return new Promise<number>((resolve) => finish.set(item, () => resolve(item * 10)));
  };
  return { started, finish, start };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('inOrder', () => {
  it('yields in input order whatever order the work finishes in', async () => {
    const { finish, start } = controlled();
    const results: number[] = [];
    const done = (async () => {
      for await (const r of inOrder([1, 2, 3, 4], start, 4)) results.push(r);
    })();
    await turn();
    for (const item of [4, 2, 3, 1]) finish.get(item)!();
    await done;
    expect(results).toEqual([10, 20, 30, 40]);
  });

  it('starts no more than the window holds, by items and by weight', async () => {
    const { started, finish, start } = controlled();
    // Weights 5, 5, 5, 20, 1: at most 3 items and at most 12 of weight started and not yet yielded.
    const weights = new Map([[1, 5], [2, 5], [3, 5], [4, 20], [5, 1]]);
    const results: number[] = [];
    const done = (async () => {
      for await (const r of inOrder([1, 2, 3, 4, 5], start, { items: 3, weigh: (i) => weights.get(i)!, weight: 12 })) results.push(r);
    })();
    await turn();
    // 1 and 2 weigh 10; 3 brings the load to 15, over 12: it is started, then nothing more until 1 is yielded.
    expect(started).toEqual([1, 2, 3]);
    finish.get(1)!();
    await turn();
    // 2 and 3 weigh 10 after 1 is yielded: 4 (20) is let in, and nothing after it.
    expect(started).toEqual([1, 2, 3, 4]);
    finish.get(2)!();
    finish.get(3)!();
    await turn();
    // 4 alone is heavier than the window: 5 waits until 4 is yielded.
    expect(started).toEqual([1, 2, 3, 4]);
    finish.get(4)!();
    await turn();
    expect(started).toEqual([1, 2, 3, 4, 5]);
    finish.get(5)!();
    await done;
    expect(results).toEqual([10, 20, 30, 40, 50]);
  });
});
