import type { Count, SpeakerSummary } from '../types.js';

/** The lists of a speaker as short text: "Minister (3); Envoy (1)". */
export function countsText(counts: Count[], separator = '; '): string {
  return counts.map((c) => `${c.value} (${c.count})`).join(separator);
}

/** "say 4 neutral; warn 1 evaluative": the verb, how often, its class when known. */
export function cuesText(speaker: SpeakerSummary, separator = '; '): string {
  return speaker.cues.map((c) => `${c.lemma} ${c.count}${c.class ? ` ${c.class}` : ''}`).join(separator);
}

export function aboutText(speaker: SpeakerSummary, separator = '; '): string {
  return speaker.about.map((a) => `${a.name} (${a.count})`).join(separator);
}

export function datesText(speaker: SpeakerSummary): string {
  if (!speaker.firstDate) return '';
  return speaker.firstDate === speaker.lastDate ? speaker.firstDate : `${speaker.firstDate} – ${speaker.lastDate}`;
}
