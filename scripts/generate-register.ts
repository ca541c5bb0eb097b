/**
 * `npm run register:generate -- --seed 1 --count 24800 --out register.jsonl [--format jsonl|csv] [--help]`
 *
 * Writes a seeded synthetic register of Baotou Rare Earth Hi-Tech Zone enterprises (see
 * src/cli/register/): JSONL, one EnterpriseProfile a line, or CSV with dotted headers (docs/screening.md).
 * The format follows `--format`, else the extension of `--out`
 * (`.csv` → CSV, anything else → JSONL). The same seed and count always give the same file.
 * Exit codes: 0 written; 2 bad arguments or the file cannot be written.
 */
import { generateRegister } from "../src/register/generate.js";
import { writeRegister, type RegisterFormat } from "../src/cli/register/write-register.js";
import { type CommandHelp, fail, parseOrFail, usageLine } from "../src/cli/args.js";

const HELP: CommandHelp = {
  usage: "npm run register:generate -- --seed <0–4294967295> --count <n> --out <file.jsonl|file.csv> [--format jsonl|csv]",
  about: "Writes a seeded synthetic register of Baotou Rare Earth Hi-Tech Zone enterprises, with edge cases and a few invalid rows (docs/screening.md). The same seed and count always give the same file.",
  options: [
    ["--seed <n>", "the seed, a whole number 0–4294967295 (default 1)"],
    ["--count <n>", "how many enterprises (default 24800)"],
    ["--out <file>", "where to write (required)"],
    ["--format jsonl|csv", "the format (default: from the extension of --out; .csv gives CSV)"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 written; 2 bad arguments or the file cannot be written",
};
const USAGE = usageLine(HELP);

const { values, positionals } = parseOrFail({ seed: { type: "string", default: "1" }, count: { type: "string", default: "24800" }, out: { type: "string" }, format: { type: "string" } }, HELP);
if (positionals.length > 0) fail(2, `unexpected argument "${positionals[0]}"\n${USAGE}`);
if (!values.out) fail(2, `--out is required\n${USAGE}`);
const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : NaN;
if (!(seed <= 0xffff_ffff)) fail(2, `--seed must be a whole number 0–4294967295, got "${values.seed}"\n${USAGE}`);
const count = /^\d+$/.test(values.count) ? Number(values.count) : NaN;
if (!(count <= 10_000_000)) fail(2, `--count must be a whole number 0–10000000, got "${values.count}"\n${USAGE}`);
const format = (values.format ?? (values.out.toLowerCase().endsWith(".csv") ? "csv" : "jsonl")) as RegisterFormat;
if (format !== "jsonl" && format !== "csv") fail(2, `--format must be jsonl or csv, got "${values.format}"\n${USAGE}`);

const started = performance.now();
try {
  await writeRegister(generateRegister({ seed, count }), format, values.out);
} catch (e) {
  fail(2, `${values.out}: ${(e as Error).message}`);
}
process.stderr.write(`wrote ${count.toLocaleString("en-US")} enterprises (seed ${seed}, ${format}) to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
