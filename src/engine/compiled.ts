/**
 * The compiled evaluator: each rule-set version is compiled once (cached per parsed version)
 * into plain closures — no `eval`, no `new Function`, which workerd forbids — that evaluate
 * json-rules-engine conditions with its exact semantics (operators.ts) under DESIGN.md's
 * three-valued logic. json-rules-engine itself stays the reference (evaluate.ts); tests show
 * both agree on every condition (tests/unit/differential.test.ts).
 */
import type { FactValues } from "../profile/index.js";
import { type Condition, isLeaf, type Leaf, leaves } from "../ruleset/condition.js";
import type { RuleSet } from "../ruleset/schema.js";
import type { Truth } from "./evaluate.js";
import { operatorFn } from "./operators.js";
import { validityCondition } from "./validity.js";

/** A compiled condition: facts in, true / false / null (unknown) out. */
export type Decider = (facts: FactValues) => Truth;

/** A rule-set version, compiled. Arrays are aligned with `ruleset.measures`. */
export interface CompiledRuleSet {
  /** each measure's tree: validity window + its conditions, references expanded */
  trees: Condition[];
  /** each measure's decider (short-circuits like json-rules-engine) */
  deciders: Decider[];
  /** every leaf of every tree, and its compiled test (same index) */
  leaves: Leaf[];
  tests: Decider[];
}

/** The fact a leaf's value names, for a fact-to-fact comparison. */
export const valueFact = (leaf: Leaf): string | undefined =>
  leaf.value !== null && typeof leaf.value === "object" && !Array.isArray(leaf.value) ? (leaf.value as { fact: string }).fact : undefined;

/** A leaf's test: unknown when a fact it reads is missing (never reaches the operator). */
export function compileLeaf(leaf: Leaf): Decider {
  const op = operatorFn(leaf.operator);
  const name = leaf.fact;
  const other = valueFact(leaf);
  if (other) {
    return (f) => {
      const a = f[name], b = f[other];
      return a === undefined || b === undefined ? null : op(a, b);
    };
  }
  const value = leaf.value;
  return (f) => {
    const a = f[name];
    return a === undefined ? null : op(a, value);
  };
}

/** A tree's decider, three-valued; `all`/`any` stop at the first decisive child. */
export function compileCondition(c: Condition): Decider {
  if (isLeaf(c)) return compileLeaf(c);
  if ("condition" in c) throw new Error(`unexpanded condition reference "${c.condition}"`);
  if ("not" in c) {
    const inner = compileCondition(c.not);
    return (f) => {
      const r = inner(f);
      return r === null ? null : !r;
    };
  }
  const kids = ("all" in c ? c.all : c.any).map(compileCondition);
  const decisive = "any" in c;
  return (f) => {
    let unknown = false;
    for (const k of kids) {
      const r = k(f);
      if (r === decisive) return decisive;
      if (r === null) unknown = true;
    }
    return unknown ? null : !decisive;
  };
}

const cache = new WeakMap<RuleSet, CompiledRuleSet>();

/** The compiled form of a parsed rule-set version, built on first use and kept with it. */
export function compile(ruleset: RuleSet): CompiledRuleSet {
  let compiled = cache.get(ruleset);
  if (compiled) return compiled;
  const trees = ruleset.measures.map((m) => validityCondition(m, ruleset.conditions));
  const all = [...new Set(trees.flatMap(leaves))];
  compiled = { trees, deciders: trees.map(compileCondition), leaves: all, tests: all.map(compileLeaf) };
  cache.set(ruleset, compiled);
  return compiled;
}

/** Every leaf's truth on `facts`, for the full trace. */
export function compiledTruth(compiled: CompiledRuleSet, facts: FactValues): Map<Leaf, Truth> {
  const truth = new Map<Leaf, Truth>();
  compiled.leaves.forEach((leaf, i) => truth.set(leaf, compiled.tests[i]!(facts)));
  return truth;
}
