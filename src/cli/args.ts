/** Argument handling shared by the command-line tools: parse with node:util, fail with an exit code and the usage line. */
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Writes `message` to stderr and exits with `code` (2: bad arguments or input, 3: no rule-set version). */
export function fail(code: number, message: string): never {
  process.stderr.write(message + "\n");
  process.exit(code);
}

/**
 * `parseArgs` with positionals allowed; on a parse error, exits 2 with the message and `usage`.
 * @param options the options of `parseArgs`; @param usage the usage line
 */
export function parseOrFail<O extends NonNullable<ParseArgsConfig["options"]>>(options: O, usage: string) {
  try {
    return parseArgs({ allowPositionals: true, options, args: process.argv.slice(2) });
  } catch (e) {
    return fail(2, `${(e as Error).message}\n${usage}`);
  }
}
