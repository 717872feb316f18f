import { statSync } from 'node:fs';
import { isJsonl, type InputFormat } from '../io/readInputs.js';
import type { PathItem } from '../io/walk.js';
import { PARALLEL_MIN_BYTES, type InputShape } from './plan.js';

/** Counts the inputs by kind and sizes them, stopping the sizing once there is enough to go parallel. */
export function inputShape(paths: PathItem[], inputFormat: InputFormat): InputShape {
  const shape: InputShape = { stdin: false, textFiles: 0, jsonlFiles: 0, bytes: 0 };
  for (const item of paths) {
    if (!item.ok) continue;
    if (item.path === '-') {
      shape.stdin = true;
      continue;
    }
    if (isJsonl(item.path, { inputFormat })) shape.jsonlFiles++;
    else shape.textFiles++;
    if (shape.bytes < PARALLEL_MIN_BYTES) shape.bytes += sizeOf(item.path);
  }
  return shape;
}

function sizeOf(path: string): number {
  try {
    const stat = statSync(path);
    // A pipe or a device (`<(zcat corpus.gz)`) may stream any amount, as standard input does; a .gz unpacks to more than it takes.
    return stat.isFile() && !path.toLowerCase().endsWith('.gz') ? stat.size : PARALLEL_MIN_BYTES;
  } catch {
    return 0; // unreadable: the reader reports it
  }
}
