// Loaded with --import into a measured process: at exit, writes its peak resident memory (worker threads included) to a file.
import { writeFileSync } from 'node:fs';

const file = process.env.STATEMENTS_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
