/**
 * `--help` on every command-line tool: usage, what it does, its options and exit codes on
 * stdout, exit 0 — even beside other arguments; bad arguments: the problem and the usage line
 * on stderr, exit 2. The process-level commands are run as a person runs them (tsx); the rule
 * authors' commands in process.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { helpText } from "../../src/cli/args.js";
import { rulesCheck } from "../../src/cli/rules/check.js";
import { rulesDiff } from "../../src/cli/rules/diff.js";
import { rulesImpact } from "../../src/cli/rules/impact.js";
import { rulesTest } from "../../src/cli/rules/test.js";
import { runTsx as run } from "../support/run-tsx.js";

/** Every command people run from a shell: each npm script that runs a file with tsx (package.json), so none is left out. */
const COMMANDS: [script: string, npm: string][] = Object.entries(JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>)
  .flatMap(([npm, line]) => /^tsx (\S+)$/.exec(line)?.slice(1).map((script) => [script, npm] as [string, string]) ?? []);

/** How the usage line names the command: `npm start`, `npm run <script>` for the others. */
const invocation = (npm: string) => (npm === "start" ? "npm start" : `npm run ${npm}`);

describe("--help", () => {
  it("is plain text: usage, what it does, the options aligned, the exit codes", () => {
    expect(helpText({ usage: "npm run x -- <file>", about: "Does x.", options: [["<file>", "the file"], ["-h, --help", "this help"]], exit: "0 done; 2 bad arguments" }))
      .toBe("usage: npm run x -- <file>\n\nDoes x.\n\n  <file>      the file\n  -h, --help  this help\n\nexit codes: 0 done; 2 bad arguments");
  });

  it("covers every command of package.json, the receipt tools and the probes included", () => {
    expect(COMMANDS.map(([, npm]) => npm)).toEqual(expect.arrayContaining(["start", "match", "screen", "receipt:verify", "keys:generate", "bench:memory", "probe:http", "register:generate"]));
  });

  it("every command answers --help with its usage on stdout and exit 0, and a bad option with exit 2", { timeout: 120_000 }, async () => {
    const outcomes = await Promise.all(COMMANDS.map(async ([script, npm]) => ({ script, npm, help: await run(script, ["--help"]), bad: await run(script, ["--no-such-option"]) })));
    for (const { script, npm, help, bad } of outcomes) {
      expect(help.code, `${script} --help: ${help.stderr}`).toBe(0);
      expect(help.stdout, script).toMatch(new RegExp(`^usage: ${invocation(npm)}\\b`));
      expect(help.stdout, script).toMatch(/\nexit codes: 0 /);
      expect(bad.code, `${script} --no-such-option`).toBe(2);
      expect(bad.stderr, script).toMatch(new RegExp(`Unknown option '--no-such-option'[\\s\\S]*\\nusage: ${invocation(npm)}\\b`));
    }
  });

  it("-h beside other arguments still prints the help", { timeout: 30_000 }, async () => {
    const [short, long] = await Promise.all([run("src/cli/match.ts", ["fixtures/profiles/x.json", "-h"]), run("src/cli/match.ts", ["--help"])]);
    expect(short).toEqual({ code: 0, stdout: long.stdout, stderr: "" });
  });

  it("the rule authors' commands answer --help in process, with their options", async () => {
    for (const [main, name, option] of [[rulesCheck, "rules:check", "--require-cases"], [rulesTest, "rules:test", "--coverage"], [rulesDiff, "rules:diff", "--as-of"], [rulesImpact, "rules:impact", "--replaces"]] as const) {
      const out: string[] = [], err: string[] = [];
      const code = await main(["--help"], { root: process.cwd(), out: (l) => out.push(l), err: (l) => err.push(l), today: "2026-11-29" });
      expect(code, name).toBe(0);
      expect(err).toEqual([]);
      expect(out.join("\n")).toMatch(new RegExp(`^usage: npm run ${name}`));
      expect(out.join("\n")).toContain(option);
    }
  });
});
