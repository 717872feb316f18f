/**
 * One pass of the tagger as it reads its weights at run time: the dense templates' rows unpacked
 * from the weight table (32-bit floats, one row of LABELS per value), the transitions and the
 * steps BILOU allows, and which templates are summed together (`jointSums.ts`).
 */
import { predecessorsOf, transitionMatrix, type Predecessors } from '../../../model/sequence.js';
import type { WeightTable } from '../../../model/weights.js';
import type { Template } from './context.js';
import { denseKey } from './features.js';
import { LABELS, allowedTransitions } from './labels.js';

export interface Pass {
  table: WeightTable;
  templates: Template[];
  /** One row of LABELS weights per value of each template, template after template. */
  dense: Float32Array;
  base: Int32Array;
  transitions: Float32Array;
  predecessors: Predecessors;
}

export function densePass(table: WeightTable, templates: Template[]): Pass {
  const base = new Int32Array(templates.length);
  let rows = 0;
  templates.forEach((t, i) => { base[i] = rows; rows += t.size; });
  const dense = new Float32Array(rows * LABELS);
  templates.forEach((t, i) => {
    for (let v = 0; v < t.size; v++) {
      const row = table.row(denseKey(t, v));
      if (row < 0) continue;
      for (let l = 0; l < LABELS; l++) dense[(base[i] + v) * LABELS + l] = table.weights[row * LABELS + l] * table.scale;
    }
  });
  const transitions = transitionMatrix(table, allowedTransitions());
  return { table, templates, dense, base, transitions, predecessors: predecessorsOf(transitions, LABELS) };
}

/**
 * Context templates read together (`jointSums.ts`), by template id: the parts of speech up to the
 * token and after it, what the rules say of it and its neighbours, and its form and line. Each
 * group's values are few in news; a template named in none is a group of its own.
 */
export const CONTEXT_GROUPS = [[20, 21, 22, 25], [23, 24, 26, 43], [29, 30, 31, 32, 33, 34, 35, 39], [27, 28, 36, 37, 38, 40, 41, 44, 42]];
/** The first pass's labels around the token; the same word and longer names elsewhere. */
export const DOCUMENT_GROUPS = [[60, 61, 62, 67, 68], [63, 64, 65, 66]];

