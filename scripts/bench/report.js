// The benchmark's results as a Markdown table (the README shows it as printed), with the targets.
const thousands = (n) => Math.round(n).toLocaleString('en-US');
const mb = (bytes) => `${Math.round(bytes / 1048576)} MB`;
const met = (ok) => (ok ? 'yes' : '**no**');

/** Beyond the ceiling, the load changed between the two measures: neither says anything of the other. */
const parallelMet = (speedup, ceiling) =>
  speedup >= 1.7 ? 'yes' : speedup > ceiling ? '**unclear** (above the ceiling: the load changed)' : met(speedup >= 0.95 * ceiling);

export function tableRows(r) {
  const rows = [
    ['wink-nlp readDoc alone', `${thousands(r.readDoc.tokensPerSecond)} tokens/s`, '', ''],
    ...(r.readDocLean ? [['wink-nlp readDoc, only sentences and POS (as the pipeline runs it)', `${thousands(r.readDocLean.tokensPerSecond)} tokens/s = ${r.readDocLean.ratioToReadDoc.toFixed(2)} × readDoc`, '', '']] : []),
    ['our pipeline, in process, 1 thread', `${thousands(r.pipeline.tokensPerSecond)} tokens/s = ${r.pipeline.ratioToReadDoc.toFixed(2)} × readDoc (by CPU time ${r.pipeline.cpuRatioToReadDoc.toFixed(2)} ×)`, '≥ 0.6 ×', met(r.pipeline.ratioToReadDoc >= 0.6)],
    ['CLI end to end, --jobs 1', `${r.cli.jobs1.articlesPerSecond.toFixed(1)} articles/s, peak RSS ${mb(r.cli.jobs1.peakRssBytes)}, CPU ${r.cli.jobs1.cpuSeconds.toFixed(1)} s`, '', ''],
    ['CLI end to end, --jobs 2', `${r.cli.jobs2.articlesPerSecond.toFixed(1)} articles/s = ${r.cli.speedup.toFixed(2)} × --jobs 1, peak RSS ${mb(r.cli.jobs2.peakRssBytes)}, CPU ${r.cli.jobs2.cpuSeconds.toFixed(1)} s`, '≥ 1.7 × or ≥ 0.95 of the ceiling', parallelMet(r.cli.speedup, r.cli.machineParallelCeiling.ceiling)],
    ['readDoc in 2 processes at once ÷ 1 (ceiling for --jobs 2)', `${r.cli.machineParallelCeiling.ceiling.toFixed(2)} × (--jobs 2 reaches ${(r.cli.speedup / r.cli.machineParallelCeiling.ceiling).toFixed(2)} of it)`, '', ''],
    ['--jobs 2 output = --jobs 1 output', r.cli.sameOutput ? 'byte for byte' : 'DIFFERENT', 'identical', met(r.cli.sameOutput)],
    ['cold start, `statements extract` seed article', `${(r.coldStart.cliSeconds * 1000).toFixed(0)} ms vs ${(r.coldStart.bareSeconds * 1000).toFixed(0)} ms bare model load = ${r.coldStart.ratio.toFixed(2)} ×`, '≤ 1.25 ×', met(r.coldStart.ratio <= 1.25)],
  ];
  if (r.memory) {
    rows.push([`peak RSS over ${mb(r.memory.corpusBytes)} of JSONL (default --jobs)`, `${mb(r.memory.peakRssBytes)} (${(r.memory.articles / r.memory.seconds).toFixed(1)} articles/s)`, '≤ 300 MB', met(r.memory.peakRssBytes <= 300 * 1048576)]);
  }
  if (r.compromise) {
    const c = r.compromise;
    rows.push([`compromise (people, organizations, places, quotations), same ${(c.corpusBytes / 1048576).toFixed(1)} MB`, `${(c.seconds).toFixed(1)} s = ${c.ratioToReadDoc.toFixed(3)} × readDoc's speed; our pipeline ${c.pipelineRatio.toFixed(1)} × compromise's`, '', '']);
  }
  return rows;
}

export function printTable(r) {
  const rows = [['measure', 'result', 'target', 'met'], ...tableRows(r)];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  const m = r.machine;
  const out = [
    `Corpus: ${r.corpus.articles} articles, ${mb(r.corpus.bytes)} (${r.corpus.texts} texts repeated and shuffled).`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}; load average ${m.loadAverageAtStart.join(' ')} at start, ${m.loadAverageAtEnd.join(' ')} at end.`,
    '',
    ...(Math.max(m.loadAverageAtStart[0], m.loadAverageAtEnd[0]) > m.cores / 2
      ? ['Note: other work was running (load average above half the cores): the speed numbers and ratios are not reliable.', '']
      : []),
    line(rows[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ];
  process.stdout.write(out.join('\n') + '\n');
}
