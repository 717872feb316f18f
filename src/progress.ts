/** A one-line progress report on a terminal: articles done, articles per second, and an ETA when the total is known. */
export interface ProgressOptions {
  write: (text: string) => void;
  /** Only a person at a terminal wants progress: false when stderr is piped or with --quiet. */
  enabled: boolean;
  now?: () => number;
  /** Short runs finish before this and never show a line. */
  delayMs?: number;
  /** The line is redrawn at most this often. */
  intervalMs?: number;
}

const CLEAR_LINE = '\r\x1b[K';

export class Progress {
  private readonly now: () => number;
  private readonly started: number;
  private lastDrawn = -Infinity;
  private shown = false;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  update(done: number, total: number | null): void {
    if (!this.options.enabled) return;
    const time = this.now();
    if (time - this.started < (this.options.delayMs ?? 1000) || time - this.lastDrawn < (this.options.intervalMs ?? 250)) return;
    this.lastDrawn = time;
    this.shown = true;
    this.options.write(CLEAR_LINE + progressLine(done, total, time - this.started));
  }

  /** Wipes the line, before a message is written below it and when the run ends. */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.options.write(CLEAR_LINE);
  }
}

export function progressLine(done: number, total: number | null, elapsedMs: number): string {
  const perSecond = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const rate = `${perSecond.toFixed(perSecond < 10 ? 1 : 0)} articles/s`;
  if (total === null || total === 0) return `${done.toLocaleString('en-US')} articles · ${rate}`;
  const percent = Math.floor((done * 100) / total);
  const eta = perSecond > 0 ? ` · ETA ${duration((total - done) / perSecond)}` : '';
  return `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} articles (${percent}%) · ${rate}${eta}`;
}

/** 42s, 3m05s, 2h07m. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
