// Loaded with --import into a measured process: at exit, writes its peak resident memory and CPU time
// (worker threads included: they share the process) to a file, as JSON.
import { writeFileSync } from 'node:fs';

const file = process.env.STATEMENTS_BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ peakRssBytes: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
  });
}
