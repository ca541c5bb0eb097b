/**
 * Argument handling shared by the command-line tools: node:util parseArgs, `--help` (or `-h`)
 * anywhere prints what the command does and exits 0, bad arguments print the problem and the
 * usage line and exit 2.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

/** What a command says about itself on `--help`. */
export interface CommandHelp {
  /** e.g. `npm run match -- <profile.json> [--as-of YYYY-MM-DD]` */
  usage: string;
  /** what it does, in a sentence or two */
  about: string;
  /** each option (or argument) and what it means */
  options?: readonly (readonly [name: string, meaning: string])[];
  /** the exit codes, e.g. "0 done; 2 bad arguments" */
  exit?: string;
}

/** The help text: usage, what it does, the options aligned, the exit codes. */
export function helpText(h: CommandHelp): string {
  const width = Math.max(0, ...(h.options ?? []).map(([n]) => n.length));
  return [
    `usage: ${h.usage}`,
    "",
    h.about,
    ...(h.options?.length ? ["", ...h.options.map(([n, m]) => `  ${n.padEnd(width)}  ${m}`)] : []),
    ...(h.exit ? ["", `exit codes: ${h.exit}`] : []),
  ].join("\n");
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** A command line read: its values, or the text to print and the exit code. */
export type Parsed<O extends Options> =
  | { ok: true; values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>["values"]; positionals: string[] }
  | { ok: false; code: 0 | 2; text: string };

const wantsHelp = (args: readonly string[]) => args.some((a) => a === "--help" || a === "-h");

/**
 * Reads `args` (positionals allowed) for a command run in process (its output through the caller).
 * @returns the values, or `--help`'s text with code 0, or the problem and the usage line with code 2
 */
export function parseCommand<O extends Options>(args: string[], options: O, help: CommandHelp): Parsed<O> {
  if (wantsHelp(args)) return { ok: false, code: 0, text: helpText(help) };
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
    return { ok: true, values, positionals };
  } catch (e) {
    return { ok: false, code: 2, text: `${(e as Error).message}\nusage: ${help.usage}\n(--help says more)` };
  }
}

/** Writes `message` to stderr and exits with `code` (2: bad arguments or input, 3: no rule-set version). */
export function fail(code: number, message: string): never {
  process.stderr.write(message + "\n");
  process.exit(code);
}

/**
 * `parseCommand` on the process's arguments: `--help` prints to stdout and exits 0; bad
 * arguments print to stderr and exit 2.
 */
export function parseOrFail<O extends Options>(options: O, help: CommandHelp) {
  const r = parseCommand(process.argv.slice(2), options, help);
  if (r.ok) return r;
  if (r.code === 0) {
    process.stdout.write(r.text + "\n");
    process.exit(0);
  }
  return fail(r.code, r.text);
}

/** The usage line of a command, for messages about bad arguments. */
export const usageLine = (help: CommandHelp): string => `usage: ${help.usage}`;
