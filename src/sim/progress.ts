// Progress of a running simulation, for stderr: a bar redrawn in place on a terminal, plain
// lines now and then otherwise (a log file should not fill up with redraws).

export interface ProgressSnapshot {
  done: number;
  total: number;
  elapsedMs: number;
}

export function rate({ done, elapsedMs }: ProgressSnapshot): number {
  return elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

function eta(p: ProgressSnapshot): string {
  const r = rate(p);
  if (p.done === 0 || r === 0) return '?';
  return formatDuration(((p.total - p.done) / r) * 1000);
}

/** `[#########.........]  4200/10000 games  512/s  ETA 11s`, fitted to `columns`. */
export function progressBar(p: ProgressSnapshot, columns: number): string {
  const figures = ` ${String(p.done).padStart(String(p.total).length)}/${p.total} games  ${rate(p).toFixed(0)}/s  ETA ${eta(p)}`;
  const width = Math.max(10, Math.min(40, columns - figures.length - 3));
  const filled = p.total > 0 ? Math.round((p.done / p.total) * width) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${figures}`;
}

export function progressLine(p: ProgressSnapshot): string {
  const percent = p.total > 0 ? Math.floor((p.done / p.total) * 100) : 0;
  return `simulate: ${p.done}/${p.total} games (${percent}%), ${rate(p).toFixed(0)} games/s, ETA ${eta(p)}`;
}

/** `where`: how the games ran, e.g. "on 2 worker threads" or "in process". */
export function summaryLine(p: ProgressSnapshot, interrupted: boolean, where: string): string {
  const how = interrupted ? `interrupted after ${p.done} of ${p.total} games` : `${p.done} games`;
  return `simulate: ${how} in ${(p.elapsedMs / 1000).toFixed(1)}s (${rate(p).toFixed(0)} games/s, ${where})`;
}

export interface ProgressSink {
  write(text: string): void;
  isTerminal: boolean;
  columns: number;
  now(): number;
}

/** Returns the progress callback and the function that ends the display with a summary line. */
export function progressReporter(sink: ProgressSink): {
  update(done: number, total: number): void;
  finish(done: number, total: number, interrupted: boolean, where: string): void;
} {
  const start = sink.now();
  let lastShown = -Infinity;
  let lastPercent = -1;
  const snapshot = (done: number, total: number): ProgressSnapshot => ({ done, total, elapsedMs: sink.now() - start });
  return {
    update(done, total) {
      const now = sink.now();
      if (sink.isTerminal) {
        if (now - lastShown < 100 && done < total) return;
        lastShown = now;
        sink.write(`\r${progressBar(snapshot(done, total), sink.columns)}\x1b[K`);
        return;
      }
      // Without a terminal: a line per 10%, and at least one every 10 seconds.
      const percent = Math.floor((done / total) * 10);
      if (percent === lastPercent && now - lastShown < 10_000) return;
      lastPercent = percent;
      lastShown = now;
      sink.write(`${progressLine(snapshot(done, total))}\n`);
    },
    finish(done, total, interrupted, where) {
      if (sink.isTerminal) sink.write('\r\x1b[K');
      sink.write(`${summaryLine(snapshot(done, total), interrupted, where)}\n`);
    },
  };
}
