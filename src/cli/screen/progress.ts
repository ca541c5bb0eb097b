/**
 * Progress of a screen on stderr: a cli-progress bar when stderr is a terminal, otherwise
 * (CI, a log file) one line per 10 % of the rows.
 */
import { SingleBar } from "cli-progress";

/** Reports rows done. */
export interface Progress {
  /** @param done rows screened so far; @param errors bad rows so far */
  update(done: number, errors: number): void;
  stop(): void;
}

/** Reports nothing (tests, `--quiet`). */
export const NO_PROGRESS: Progress = { update: () => {}, stop: () => {} };

/**
 * @param total the expected number of rows (an estimate: the file's non-header lines)
 * @param stream where to write; a TTY gets the bar
 */
export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream, clearOnComplete: false, hideCursor: true, etaBuffer: 200, fps: 5,
      format: "screening |{bar}| {percentage}% · {value}/{total} rows · {errors} bad · ETA {eta_formatted}",
    });
    bar.start(Math.max(total, 1), 0, { errors: 0 });
    return {
      update: (done, errors) => {
        if (done > bar.getTotal()) bar.setTotal(done);
        bar.update(done, { errors });
      },
      stop: () => bar.stop(),
    };
  }
  let nextTenth = 1;
  return {
    update: (done, errors) => {
      while (total > 0 && nextTenth <= 10 && done >= (total * nextTenth) / 10) {
        stream.write(`screened ${done.toLocaleString("en-US")} of ~${total.toLocaleString("en-US")} rows (${nextTenth * 10} %), ${errors.toLocaleString("en-US")} bad\n`);
        nextTenth++;
      }
    },
    stop: () => {},
  };
}
