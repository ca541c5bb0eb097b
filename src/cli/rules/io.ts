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
 * Runs a command's main function and exits with its code, once its output is flushed.
 * @param main the command: arguments and IO in, exit code out
 */
export async function runMain(main: (args: string[], io: CliIO) => Promise<number>): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), processIO());
}
