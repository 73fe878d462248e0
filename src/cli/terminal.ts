/**
 * Whether to colour standard output: only on a terminal, and never when NO_COLOR is set to something
 * (https://no-color.org). FORCE_COLOR (as in Node and chalk) turns colour on for a pipe; `0` or `false` turns it off.
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

export interface ProgressOptions {
  /** Draw at all: standard error is a terminal. */
  enabled: boolean;
  /** Stay silent for runs shorter than this, so quick audits do not flicker. */
  delayMs?: number;
  /** Redraw at most this often. */
  intervalMs?: number;
  now?: () => number;
}

export interface Progress {
  update: (done: number, total: number) => void;
  /** Clears the line if anything was drawn. */
  end: () => void;
}

const WIDTH = 24;

/** A one-line progress bar on standard error, redrawn in place with `\r` and cleared at the end. */
export function progressBar(write: (s: string) => void, options: ProgressOptions): Progress {
  if (!options.enabled) return { update: () => {}, end: () => {} };
  const now = options.now ?? Date.now;
  const delay = options.delayMs ?? 300;
  const interval = options.intervalMs ?? 80;
  const started = now();
  let drawn = false;
  let last = Number.NEGATIVE_INFINITY;
  return {
    update(done, total) {
      const t = now();
      if (t - started < delay || total <= 0) return;
      if (t - last < interval && done < total) return;
      last = t;
      const filled = Math.round((WIDTH * Math.min(done, total)) / total);
      write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] auditing ${done}/${total} files\u001b[K`);
      drawn = true;
    },
    end() {
      if (drawn) write('\r\u001b[K');
      drawn = false;
    },
  };
}
