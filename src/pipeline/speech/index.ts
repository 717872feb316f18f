/**
 * Speech attribution. The rules run first: direct quotes and block quotes (they claim their cue
 * verbs), then reported speech, then floating quotes take the speaker of the statement just
 * before them, turns of a transcript take the name before their colon, then paragraphs signed on
 * the line after them. With a trained speech model, their statements are candidates among the model's
 * own (model/choose.ts), and the model decides; without one, they are the answer.
 */
import type { Doc } from '../doc.js';
import type { FoundEntity, FoundStatement } from '../stages.js';
import { speechContext, type SpeechContext } from './context.js';
import { attributeQuotes } from './direct.js';
import { finish, type Draft } from './draft.js';
import { attachFloating } from './floating.js';
import { findBlockQuotes } from './blockQuotes.js';
import { findReported } from './reported.js';
import { findSignedParagraphs } from './signedParagraphs.js';
import { labelTranscriptTurns } from './transcripts.js';
import { chooseStatements, type ChooseOptions } from './model/choose.js';
import type { SpeechModel } from './model/speechModel.js';

export function findStatements(doc: Doc, entities: FoundEntity[], model?: SpeechModel, options: ChooseOptions = {}): FoundStatement[] {
  const ctx = speechContext(doc, entities);
  const rules = ruleStatements(ctx);
  return finish(ctx, model ? chooseStatements(ctx, rules, entities, model, options) : rules);
}

/** What the rules find, before the model (if any) judges it. */
export function ruleStatements(ctx: SpeechContext): Draft[] {
  const direct = [...attributeQuotes(ctx), ...findBlockQuotes(ctx)];
  const reported = findReported(ctx, direct);
  const all = [...direct, ...reported];
  attachFloating(ctx, all);
  labelTranscriptTurns(ctx, all);
  all.push(...findSignedParagraphs(ctx, all));
  return all;
}
