import cueData from '../data/cues.json' with { type: 'json' };

/** "according to" is no verb of the cue lexicon, but the speech stage gives it a class of its own. */
const CLASSES = new Map<string, string>([...cueData.cues.map((c): [string, string] => [c.lemma, c.class]), ['according to', 'neutral']]);

/** The class of a cue (neutral, emphasis, addition, evaluative) by its lemma, from the cue lexicon; null when unknown. */
export function cueClass(lemma: string): string | null {
  return CLASSES.get(lemma.toLowerCase()) ?? null;
}
