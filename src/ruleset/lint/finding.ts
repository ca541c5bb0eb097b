/**
 * Findings and the collector every check reports to. A finding points (RFC 6901) into the JSON
 * as posted; its severity comes from the rule (rules.ts), so checks only say what they found.
 */
import { type JsonPath, jsonPointer } from "../pointer.js";
import { LINT_RULES, type RuleId } from "./rules.js";

/** One problem: where (RFC 6901 pointer into the posted JSON), what to do about it, which rule. */
export interface Finding {
  /** e.g. `/measures/3/conditions/all/0/fact`; `""` for the whole document */
  pointer: string;
  /** a sentence a rule author can act on */
  message: string;
  /** the stable rule id, e.g. `unknown-fact` (see LINT_RULES) */
  rule: RuleId;
}

/** A finding before it is turned into a pointer (paths sort in document order). */
export interface RawFinding {
  path: JsonPath;
  message: string;
  rule: RuleId;
}

/** Collects findings, and the keys the schema pass must not see again (already reported). */
export class Collector {
  readonly findings: RawFinding[] = [];
  /** paths of keys to delete from the copy the schema parses (each reported by a specific rule) */
  readonly strips: JsonPath[] = [];
  /** paths whose schema issues a specific finding already explains */
  readonly silenced: JsonPath[] = [];
  /** keys reported as a whole: nothing at or below them is reported again */
  private readonly covered: JsonPath[] = [];

  /** Records a finding of `rule` at `path` (unless a key above it was reported as a whole). */
  report(rule: RuleId, path: JsonPath, message: string): void {
    if (this.covered.some((p) => p.length <= path.length && p.every((k, i) => k === path[i]))) return;
    this.findings.push({ rule, path, message });
  }

  /** Hides the key at `path` from the schema pass: a specific rule has reported it. */
  strip(path: JsonPath): void {
    this.strips.push(path);
  }

  /** Drops the schema's issues at `path`: a finding elsewhere explains them. */
  silence(path: JsonPath): void {
    this.silenced.push(path);
  }

  /** Reports a key the schema refuses with a more specific message, and hides it from the schema pass. */
  reportKey(rule: RuleId, path: JsonPath, message: string): void {
    this.report(rule, path, message);
    this.strip(path);
  }

  /** Reports a key whose whole contents are refused with it: later checks report nothing at or below it. */
  reportWhole(rule: RuleId, path: JsonPath, message: string): void {
    this.reportKey(rule, path, message);
    this.covered.push(path);
  }
}

/** Orders paths: array indexes numerically (/measures/2 before /measures/10), keys alphabetically, a parent before its children. */
export function comparePaths(a: JsonPath, b: JsonPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!, y = b[i]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Raw findings → sorted errors and warnings with pointers.
 * @param asErrors rules reported as errors whatever their severity (a context that requires more)
 */
export function split(findings: readonly RawFinding[], asErrors: ReadonlySet<RuleId> = new Set()): { errors: Finding[]; warnings: Finding[] } {
  const sorted = [...findings].sort((a, b) => comparePaths(a.path, b.path));
  const out = (f: RawFinding): Finding => ({ pointer: jsonPointer(f.path), message: f.message, rule: f.rule });
  const isError = (f: RawFinding) => LINT_RULES[f.rule].severity === "error" || asErrors.has(f.rule);
  return { errors: sorted.filter(isError).map(out), warnings: sorted.filter((f) => !isError(f)).map(out) };
}
