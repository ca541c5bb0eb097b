/**
 * The compiled evaluator: each rule-set version is compiled once (cached per parsed version)
 * into plain closures — no `eval`, no `new Function`, which workerd forbids — that evaluate
 * json-rules-engine conditions with its exact semantics (operators.ts) under DESIGN.md's
 * three-valued logic. json-rules-engine itself stays the reference (evaluate.ts); tests show
 * both agree on every condition (tests/unit/differential.test.ts).
 */
import { ABSENT, type FactValues } from "../profile/index.js";
import { isLeaf, type Leaf, leaves, type Shared, shareConditions, type Tree, valueFact } from "../ruleset/condition.js";
import type { RuleSet } from "../ruleset/schema.js";
import type { Truth, Truths } from "./evaluate.js";
import { isIncomeTaxAmount } from "../ruleset/amount.js";
import { type AmountFenFn, compileAmountFen } from "./amount-fen.js";
import { type CompiledIncomeTax, compileIncomeTax } from "./income-tax/fen.js";
import { indicativeReason } from "./indicative.js";
import { numberValidator, operatorFn } from "./operators.js";
import { validityCondition } from "./validity.js";

/** A compiled condition: facts in, true / false / null (unknown) out. */
export type Decider = (facts: FactValues) => Truth;

/**
 * The results of a version's shared named conditions within one evaluation, by `slot`
 * (undefined: not decided yet). Each is decided once per evaluation, however often it is used.
 */
export type Memo = (Truth | undefined)[];

/** A compiled tree: its input (facts, or a truth table's values) and the memo of the evaluation. */
export type Judge<A> = (input: A, memo: Memo) => Truth;

/** A rule-set version, compiled. Arrays are aligned with `ruleset.measures`. */
export interface CompiledRuleSet {
  /** each measure's tree: validity window + its conditions, references resolved to `shared` */
  trees: Tree[];
  /** the version's named conditions, each resolved once and shared by every use */
  shared: Shared[];
  /** each measure's decider (short-circuits like json-rules-engine); one memo per evaluation */
  deciders: Judge<FactValues>[];
  /** each measure: indicative (evidence M/U or a model policy)? */
  indicative: boolean[];
  /** each measure's own amount in fen, compiled (undefined: no amount, or a deduction or rate regime: see `incomeTax`) */
  amounts: (AmountFenFn | undefined)[];
  /** the income-tax package of the deductions and rate regimes (undefined: the version has none) */
  incomeTax: CompiledIncomeTax | undefined;
  /** does any measure exclude or share a stacking group with another? */
  rivalled: boolean;
  /** each measure's status from a truth table's values and memo (the trace path: leaves are evaluated once) */
  combiners: Judge<readonly Truth[]>[];
  /** every leaf of every tree, and its compiled test (same index) */
  leaves: Leaf[];
  tests: Decider[];
  /** a leaf's index in `leaves` */
  index: Map<Leaf, number>;
}


/**
 * A leaf's test: false when a fact it reads is ABSENT (the firm has none of the thing), else
 * unknown when one is missing; neither reaches the operator.
 */
export function compileLeaf(leaf: Leaf): Decider {
  const op = operatorFn(leaf.operator);
  const name = leaf.fact;
  const other = valueFact(leaf);
  if (other) {
    return (f) => {
      const a = f[name], b = f[other];
      return a === ABSENT || b === ABSENT ? false : a === undefined || b === undefined ? null : op(a, b);
    };
  }
  const value = leaf.value;
  return specialised(leaf.operator, name, value) ?? ((f) => {
    const a = f[name];
    return a === undefined ? null : a === ABSENT ? false : op(a, value);
  });
}

/**
 * The undecorated operators on a constant, inlined — the same results as `operatorFn` (the
 * differential tests check it), without the nested calls: numbers compare directly, other
 * values go through json-rules-engine's number check; `in`/`notIn` use a Set (a NaN fact,
 * which `indexOf` never finds, is excluded explicitly); an ABSENT fact is false throughout.
 */
function specialised(operator: string, name: string, v: unknown): Decider | undefined {
  const num = (test: (a: number) => boolean): Decider => (f) => {
    const a = f[name];
    if (a === undefined) return null;
    return typeof a === "number" ? test(a) : a !== ABSENT && numberValidator(a) && test(a as number);
  };
  const b = v as number;
  switch (operator) {
    case "greaterThanInclusive": return num((a) => a >= b);
    case "greaterThan": return num((a) => a > b);
    case "lessThanInclusive": return num((a) => a <= b);
    case "lessThan": return num((a) => a < b);
    case "equal": return (f) => { const a = f[name]; return a === undefined ? null : a === v; }; // ABSENT equals no JSON value
    case "notEqual": return (f) => { const a = f[name]; return a === undefined ? null : a !== ABSENT && a !== v; };
  }
  if ((operator === "in" || operator === "notIn") && Array.isArray(v)) {
    const set = new Set(v), want = operator === "in";
    return (f) => { const a = f[name]; return a === undefined ? null : a !== ABSENT && (a === a && set.has(a)) === want; };
  }
  return undefined;
}

/**
 * A compiler of trees into three-valued closures, given how to compile a leaf: `all`/`any`
 * stop at the first decisive child (DESIGN.md "Three-valued logic"), `not` keeps unknown, and
 * a shared condition is compiled once (per compiler) and decided once per evaluation (memo).
 */
function treeCompiler<A>(leaf: (l: Leaf) => (a: A) => Truth): (c: Tree) => Judge<A> {
  const bodies = new Map<Shared, Judge<A>>();
  const compileTree = (c: Tree): Judge<A> => {
    if (isLeaf(c)) return leaf(c);
    if ("use" in c) {
      const { slot } = c.use;
      let body = bodies.get(c.use);
      if (!body) bodies.set(c.use, (body = compileTree(c.use.tree)));
      const decide = body;
      return (a, memo) => {
        let r = memo[slot];
        if (r === undefined) memo[slot] = r = decide(a, memo);
        return r;
      };
    }
    if ("not" in c) {
      const inner = compileTree(c.not);
      return (a, memo) => {
        const r = inner(a, memo);
        return r === null ? null : !r;
      };
    }
    const kids = ("all" in c ? c.all : c.any).map(compileTree);
    const decisive = "any" in c;
    return (a, memo) => {
      let unknown = false;
      for (const k of kids) {
        const r = k(a, memo);
        if (r === decisive) return decisive;
        if (r === null) unknown = true;
      }
      return unknown ? null : !decisive;
    };
  };
  return compileTree;
}

/** A tree's decider on fact values (its shared conditions decided once per call). */
export function compileCondition(c: Tree): Decider {
  const judge = treeCompiler(compileLeaf)(c);
  return (facts) => judge(facts, []);
}

const cache = new WeakMap<RuleSet, CompiledRuleSet>();

/** The compiled form of a parsed rule-set version, built on first use and kept with it. */
export function compile(ruleset: RuleSet): CompiledRuleSet {
  let compiled = cache.get(ruleset);
  if (compiled) return compiled;
  const { shared, resolve } = shareConditions(ruleset.conditions);
  const trees = ruleset.measures.map((m) => validityCondition(m, resolve));
  const all = [...new Set(trees.flatMap(leaves))];
  const indicative = ruleset.measures.map((m) => indicativeReason(m) !== null);
  const index = new Map(all.map((l, i) => [l, i]));
  const combiner = treeCompiler<readonly Truth[]>((l) => {
    const i = index.get(l)!;
    return (v) => v[i]!;
  });
  compiled = {
    trees, shared, deciders: trees.map(treeCompiler(compileLeaf)), indicative,
    amounts: ruleset.measures.map((m) => (m.amount && !isIncomeTaxAmount(m.amount) ? compileAmountFen(m.amount, ruleset) : undefined)),
    incomeTax: compileIncomeTax(ruleset),
    rivalled: ruleset.measures.some((m) => m.stackingGroup !== undefined || (m.excludes?.length ?? 0) > 0),
    combiners: trees.map(combiner),
    leaves: all, tests: all.map(compileLeaf), index,
  };
  cache.set(ruleset, compiled);
  return compiled;
}

/** Every leaf's truth on one fact set: an array aligned with `CompiledRuleSet.leaves`, and the memo of its shared conditions. */
export class TruthTable implements Truths {
  /** the shared conditions decided on these values so far (for `combiners`) */
  readonly memo: Memo = [];
  constructor(private readonly index: ReadonlyMap<Leaf, number>, readonly values: readonly Truth[]) {}
  get(leaf: Leaf): Truth | undefined {
    const i = this.index.get(leaf);
    return i === undefined ? undefined : this.values[i];
  }
}

/** Every leaf's truth on `facts` (no short-circuit: the full trace). */
export function compiledTruth(compiled: CompiledRuleSet, facts: FactValues): TruthTable {
  const { tests } = compiled;
  const values = new Array<Truth>(tests.length);
  for (let i = 0; i < tests.length; i++) values[i] = tests[i]!(facts);
  return new TruthTable(compiled.index, values);
}
