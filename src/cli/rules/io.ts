/** What the rule authors' commands read and write, passed in so tests can run them in-process. */
import { todayInShanghai } from "../../profile/index.js";

/** The repository root the command works in, its output streams, and today. */
export interface CliIO {
  /** the repository root (rules/, fixtures/ are found under it) */
  root: string;
  /** writes to stdout (a line each; a newline is added) */
  out(line: string): void;
  /** writes to stderr (a line each; a newline is added) */
  err(line: string): void;
  /** today in Asia/Shanghai, ISO */
  today: string;
}

/** The IO of a command run from a shell: the current directory, stdout, stderr, today in Asia/Shanghai. */
export function processIO(): CliIO {
  return {
    root: process.cwd(),
    out: (line) => process.stdout.write(line + "\n"),
    err: (line) => process.stderr.write(line + "\n"),
    today: todayInShanghai(),
  };
}

/**
 * Reports a command line that is not to be run: `--help`'s text to stdout (code 0), or the
 * problem and the usage line to stderr (code 2).
 * @returns the exit code
 */
export function endEarly(io: CliIO, r: { code: 0 | 2; text: string }): number {
  (r.code === 0 ? io.out : io.err)(r.text);
  return r.code;
}

/**
 * Runs a command's main function and exits with its code, once its output is flushed.
 * @param main the command: arguments and IO in, exit code out
 */
export async function runMain(main: (args: string[], io: CliIO) => Promise<number>): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), processIO());
}
