/**
 * Speech attribution: direct quotes and block quotes first (they claim their cue verbs), then
 * reported speech, then floating quotes take the speaker of the statement just before them.
 */
import type { Doc } from '../doc.js';
import type { FoundEntity, FoundStatement } from '../stages.js';
import { speechContext } from './context.js';
import { attributeQuotes } from './direct.js';
import { finish } from './draft.js';
import { attachFloating } from './floating.js';
import { findBlockQuotes } from './blockQuotes.js';
import { findReported } from './reported.js';

export function findStatements(doc: Doc, entities: FoundEntity[]): FoundStatement[] {
  const ctx = speechContext(doc, entities);
  const direct = [...attributeQuotes(ctx), ...findBlockQuotes(ctx)];
  const reported = findReported(ctx, direct);
  const all = [...direct, ...reported];
  attachFloating(ctx, all);
  return finish(ctx, all);
}
