/** The kinds of content candidates, as small integers for the features. */

export const Side = { right: 1, left: 2, around: 3, quoteBefore: 4, quoteAfter: 5, interrupted: 6 } as const;
export type Side = (typeof Side)[keyof typeof Side];

export const Start = { afterCue: 1, afterThat: 2, afterMark: 3, afterComma: 4, afterParticle: 5, sentence: 6, quoteOpen: 7, rules: 8, afterObject: 9 } as const;
export type Start = (typeof Start)[keyof typeof Start];

export const Boundary = {
  none: 0, comma: 1, punctuation: 2, sentence: 3, quoteClose: 4, quoteOpen: 5, conjunction: 6, subordinate: 7,
  relative: 8, cue: 9, line: 10, clauseEnd: 11, rules: 12,
} as const;
export type Boundary = (typeof Boundary)[keyof typeof Boundary];
