import type { Article } from '../types.js';
import { listErrors, type EvalError } from './errors.js';
import type { GoldItem } from './gold.js';
import { scoreEntities } from './scoreEntities.js';
import { scoreStatements } from './scoreStatements.js';
import type { EntityTally, StatementTally } from './tally.js';

/** The counts and errors of one article: what the report sums over. */
export interface ArticleScore {
  corpus: string;
  article: string;
  statements: StatementTally;
  entities: EntityTally;
  errors: EvalError[];
}

/** Scores the tool's output for one article against its gold. */
export function scoreArticle(item: GoldItem, article: Article): ArticleScore {
  const statements = scoreStatements(item.gold.statements, article.statements);
  const entities = scoreEntities(item.gold.entities, article.entities);
  const errors = listErrors({ corpus: item.corpus, article: item.gold.id, text: item.text }, statements.outcome, entities.outcome);
  return { corpus: item.corpus, article: item.gold.id, statements: statements.tally, entities: entities.tally, errors };
}
