import type { EvalReport } from '../eval/report.js';

/** Ratios rounded to 4 decimals: enough to see a change, short enough to read. */
function rounded(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 10_000) / 10_000 : value;
}

/** The whole report (and the errors, with --errors) as one JSON document, for scripts. */
export function renderEvalJson(report: EvalReport): string {
  return JSON.stringify(report, rounded, 2) + '\n';
}
