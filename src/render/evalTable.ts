import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { CorpusScore, EvalReport, GroupScore } from '../eval/report.js';

export interface EvalTableContext {
  chalk: ChalkInstance;
}

const fixed = (value: number | null): string => (value === null ? '–' : value.toFixed(3));

function newTable(head: string[], chalk: ChalkInstance): Table.Table {
  const plain = chalk.level === 0;
  return new Table({
    head,
    colAligns: head.map((_, i) => (i === 0 ? 'left' : 'right')),
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: plain ? { head: [], border: [] } : { head: ['cyan'], border: ['grey'] },
  });
}

function statementTable(score: CorpusScore, chalk: ChalkInstance): string {
  const s = score.statements;
  const table = newTable(['statements', 'gold', 'pred', 'matched', 'P', 'R', 'F1', 'speaker'], chalk);
  table.push(
    [`IoU ≥ 0.5`, s.gold, s.predicted, s.matched, fixed(s.precision), fixed(s.recall), chalk.bold(fixed(s.f1)), fixed(s.speaker.accuracy)].map(String),
    [`IoU ≥ 0.8 (strict)`, s.gold, s.predicted, s.strict.matched, fixed(s.strict.precision), fixed(s.strict.recall), fixed(s.strict.f1), ''].map(String),
    [`end to end (speaker right)`, s.gold, s.predicted, s.endToEnd.correct, fixed(s.endToEnd.precision), fixed(s.endToEnd.recall), chalk.bold(fixed(s.endToEnd.f1)), ''].map(String),
    [`end to end (speaker lenient)`, s.gold, s.predicted, s.endToEndLenient.correct, fixed(s.endToEndLenient.precision), fixed(s.endToEndLenient.recall), fixed(s.endToEndLenient.f1), ''].map(String),
  );
  const groupRow = (label: string, g: GroupScore) => [label, g.gold, g.predicted, g.matchedGold, fixed(g.precision), fixed(g.recall), fixed(g.f1), fixed(g.speakerAccuracy)].map(String);
  for (const [kind, g] of Object.entries(s.byKind)) table.push(groupRow(`  kind: ${kind}`, g));
  // Speaker types exist on the gold side only: recall and speaker accuracy, no precision.
  for (const [type, g] of Object.entries(s.bySpeakerType)) {
    table.push([`  speaker: ${type}`, g.gold, '', g.matched, '', fixed(g.recall), '', fixed(g.speakerAccuracy)].map(String));
  }
  return table.toString();
}

function entityTable(score: CorpusScore, chalk: ChalkInstance): string {
  const table = newTable(['entities', 'gold', 'pred', 'matched', 'P', 'R', 'F1'], chalk);
  const row = (label: string, c: CorpusScore['entities']['micro']) => [label, c.gold, c.predicted, c.matched, fixed(c.precision), fixed(c.recall), fixed(c.f1)].map(String);
  for (const [type, c] of Object.entries(score.entities.byType)) table.push(row(type, c));
  const micro = row('all (micro)', score.entities.micro);
  micro[6] = chalk.bold(micro[6]);
  table.push(micro);
  return table.toString();
}

function mentionTable(mentions: NonNullable<CorpusScore['mentions']>, chalk: ChalkInstance): string {
  const table = newTable(['mentions (exact span)', 'gold', 'pred', 'matched', 'P', 'R', 'F1'], chalk);
  const row = (label: string, c: CorpusScore['entities']['micro']) => [label, c.gold, c.predicted, c.matched, fixed(c.precision), fixed(c.recall), fixed(c.f1)].map(String);
  for (const [type, c] of Object.entries(mentions.byType)) table.push(row(type, c));
  const micro = row('all (micro)', mentions.micro);
  micro[6] = chalk.bold(micro[6]);
  table.push(micro);
  return table.toString();
}

function speakerLine(score: CorpusScore, chalk: ChalkInstance): string {
  const { speaker, kindAccuracy } = score.statements;
  return chalk.dim(
    `speaker accuracy over ${speaker.pairs} matched statements: exact ${fixed(speaker.accuracy)} (${speaker.exact}), ` +
    `lenient ${fixed(speaker.lenientAccuracy)} (${speaker.lenient}); kind right ${fixed(kindAccuracy)}\n` +
    'kind rows: R and matched by the gold kind, P by the predicted kind; speaker rows: by the gold speaker type',
  );
}

function corpusSection(score: CorpusScore, chalk: ChalkInstance): string {
  const title = chalk.bold(score.corpus) + chalk.dim(` · ${score.articles} article${score.articles === 1 ? '' : 's'}`);
  const parts = [title];
  if (score.scoresStatements) parts.push(statementTable(score, chalk), speakerLine(score, chalk), entityTable(score, chalk));
  if (score.mentions) parts.push(mentionTable(score.mentions, chalk));
  return `${parts.join('\n')}\n\n`;
}

/** For a person: per corpus, a statements table and an entities table, then the total when there are several corpora. */
export function renderEvalTable(report: EvalReport, context: EvalTableContext): string {
  const sections = report.corpora.map((corpus) => corpusSection(corpus, context.chalk));
  if (report.corpora.length > 1) sections.push(corpusSection(report.total, context.chalk));
  return sections.join('');
}
