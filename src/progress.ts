/**
 * A progress line for long runs on a terminal: shown once a run has taken a second, updated as
 * stages finish, cleared at the end. Silent when the stream is not a terminal (pipes, CI logs)
 * or when the caller asks for quiet. The stream and the clock are given, so nothing here reads
 * `process`.
 */

/** Where the line goes: a writable stream that may be a terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** A progress reporter. */
export interface Progress {
  /** Say what the run is doing now (`read 300 files`, `extract done`). */
  update(what: string): void;
  /** Clear the line, if one was shown. */
  done(): void;
}

/** Runs shorter than this show no progress at all. */
export const PROGRESS_AFTER_MS = 1000;

/** A progress line on `stream`, or a silent one when `enabled` is false or the stream is no terminal. */
export function progressLine(stream: ProgressStream, enabled: boolean, now: () => number): Progress {
  if (!enabled || !stream.isTTY) return { update() {}, done() {} };
  const started = now();
  let shown = false;
  return {
    update(what) {
      const elapsed = now() - started;
      if (elapsed < PROGRESS_AFTER_MS) return;
      shown = true;
      stream.write(`\r\u001b[Kcrosscheck: ${what} (${(elapsed / 1000).toFixed(1)} s)`);
    },
    done() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
