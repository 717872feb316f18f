/**
 * The tagger's labels: O, then for each type it learns B (begins a name of several tokens), I
 * (inside one), L (its last token) and U (a name of one token): BILOU, which lets the model tell
 * the ends of names from their middles. `misc` (events, works, nationalities in the training
 * data) is learned so that it is not confused with the others, and never reported.
 */
export const TAG_TYPES = ['person', 'organization', 'place', 'misc'] as const;
export type TagType = (typeof TAG_TYPES)[number];

const B = 0;
const I = 1;
const L = 2;
const U = 3;
const PARTS = 4;

export const O = 0;
export const LABELS = 1 + PARTS * TAG_TYPES.length;

const labelOf = (type: number, part: number) => 1 + type * PARTS + part;
/** The type index of a label, -1 for O. */
export const typeOfLabel = (label: number) => (label === O ? -1 : Math.floor((label - 1) / PARTS));
const partOf = (label: number) => (label - 1) % PARTS;

/** The label of token `index` (0-based) of a name `length` tokens long. */
export function labelIn(type: number, index: number, length: number): number {
  if (length === 1) return labelOf(type, U);
  return labelOf(type, index === 0 ? B : index === length - 1 ? L : I);
}

/** A name goes on after B and I, of the same type; it may end, or a new one start, after O, L and U. */
export function allowedTransitions(): Uint8Array {
  const allowed = new Uint8Array((LABELS + 1) * LABELS);
  for (let p = -1; p < LABELS; p++) {
    const open = p > 0 && (partOf(p) === B || partOf(p) === I);
    for (let l = 0; l < LABELS; l++) {
      const continues = l > 0 && (partOf(l) === I || partOf(l) === L);
      const ok = open ? continues && typeOfLabel(l) === typeOfLabel(p) : !continues;
      allowed[(p + 1) * LABELS + l] = ok ? 1 : 0;
    }
  }
  return allowed;
}

export interface TaggedSpan {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  type: number;
}

/** The spans a labelling of tokens `[from, to)` holds (a name left open at the end ends there). */
export function spansOf(labels: ArrayLike<number>, from: number, to: number, out: TaggedSpan[] = []): TaggedSpan[] {
  let open: TaggedSpan | null = null;
  for (let i = from; i < to; i++) {
    const label = labels[i];
    const part = label === O ? -1 : partOf(label);
    const type = typeOfLabel(label);
    if (open && (part === I || part === L) && open.type === type) {
      open.last = i;
      if (part === L) { out.push(open); open = null; }
      continue;
    }
    if (open) { out.push(open); open = null; }
    if (part === U || part === L || part === I) out.push({ first: i, last: i, type });
    else if (part === B) open = { first: i, last: i, type };
  }
  if (open) out.push(open);
  return out;
}
