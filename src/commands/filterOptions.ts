import { Command, CommanderError } from 'commander';
import { isEmptyFilter, type ArticleFilter } from '../articleFilter.js';
import type { EntityType, StatementKind } from '../types.js';

const KINDS: readonly StatementKind[] = ['direct', 'indirect', 'mixed'];
const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'initiative', 'place'];

export interface FilterOptions {
  speaker?: string;
  about?: string;
  kind?: StatementKind[];
  type?: EntityType[];
}

/** A comma-separated list of allowed words ("direct,mixed"). */
function listOf<T extends string>(name: string, allowed: readonly T[]) {
  return (value: string): T[] => {
    const items = value.split(',').map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
    const wrong = items.find((v) => !(allowed as readonly string[]).includes(v));
    if (wrong !== undefined || items.length === 0) {
      throw new CommanderError(2, 'statements.usage', `${name} expects ${allowed.join(', ')} (comma-separated), found "${value}"`);
    }
    return items as T[];
  };
}

/** `--speaker`, `--about`, `--kind`, `--type`: which statements and entities to keep. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--speaker <name>', 'only statements by this speaker (name words in order, any case: "vale" finds "Ana Vale")')
    .option('--about <name>', 'only statements that name this entity')
    .option('--kind <kinds>', `only statements of these kinds: ${KINDS.join(', ')} (comma-separated)`, listOf('--kind', KINDS))
    .option('--type <types>', `only entities of these types: ${ENTITY_TYPES.join(', ')} (comma-separated); narrows "about" too`, listOf('--type', ENTITY_TYPES));
}

/** The filter the options ask for, or undefined when they ask for none. */
export function filterOf(options: FilterOptions): ArticleFilter | undefined {
  const filter: ArticleFilter = { speaker: options.speaker, about: options.about, kinds: options.kind, types: options.type };
  return isEmptyFilter(filter) ? undefined : filter;
}
