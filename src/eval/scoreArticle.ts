import type { Article } from '../types.js';
import { listErrors, type EvalError } from './errors.js';
import type { GoldItem } from './gold.js';
import { scoreEntities } from './scoreEntities.js';
import { scoreMentions } from './scoreMentions.js';
import { scoreStatements } from './scoreStatements.js';
import type { EntityTally, StatementTally } from './tally.js';

/** The counts and errors of one article: what the report sums over. */
export interface ArticleScore {
  corpus: string;
  article: string;
  statements: StatementTally;
  entities: EntityTally;
  /** Mentions by exact span, when the gold has them. */
  mentions: EntityTally | null;
  /** False for a gold of mentions alone: its statements and entities are not scored. */
  scoresStatements: boolean;
  errors: EvalError[];
}

/** Scores the tool's output for one article against its gold. */
export function scoreArticle(item: GoldItem, article: Article): ArticleScore {
  const scoresStatements = item.gold.scoreStatements !== false;
  const statements = scoreStatements(item.gold.statements, scoresStatements ? article.statements : []);
  const entities = scoreEntities(item.gold.entities, scoresStatements ? article.entities : []);
  const mentions = item.gold.mentions ? scoreMentions(item.gold.mentions, article.entities) : null;
  const errors = listErrors({ corpus: item.corpus, article: item.gold.id, text: item.text }, statements.outcome, entities.outcome);
  return { corpus: item.corpus, article: item.gold.id, statements: statements.tally, entities: entities.tally, mentions, scoresStatements, errors };
}
