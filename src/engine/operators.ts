/**
 * json-rules-engine's operators and operator decorators as plain functions, with its exact
 * semantics (json-rules-engine 7.3.1, dist/engine-default-operators.js and
 * engine-default-operator-decorators.js): an operator first checks the fact value with its
 * validator (numbers: `parseFloat` is not NaN; `contains`: an array), then compares; a
 * decorator wraps the next operator. Built once per operator name.
 */
import { OPERATORS, type Operator } from "../ruleset/condition.js";

/** `(factValue, jsonValue) → boolean`, as json-rules-engine's `Operator.evaluate`. */
export type OperatorFn = (factValue: unknown, jsonValue: unknown) => boolean;

type Cb = (a: any, b: any) => boolean; // eslint-disable-line @typescript-eslint/no-explicit-any
/** json-rules-engine's number check; for a number it is exactly "not NaN" (parseFloat(String(x)) round-trips). */
export const numberValidator = (v: unknown) => (typeof v === "number" ? v === v : Number.parseFloat(v as string).toString() !== "NaN");
const always = () => true;

const BASE: Record<(typeof OPERATORS)[number], [Cb, (v: unknown) => boolean]> = {
  equal: [(a, b) => a === b, always],
  notEqual: [(a, b) => a !== b, always],
  in: [(a, b) => b.indexOf(a) > -1, always],
  notIn: [(a, b) => b.indexOf(a) === -1, always],
  contains: [(a, b) => a.indexOf(b) > -1, Array.isArray],
  doesNotContain: [(a, b) => a.indexOf(b) === -1, Array.isArray],
  lessThan: [(a, b) => a < b, numberValidator],
  lessThanInclusive: [(a, b) => a <= b, numberValidator],
  greaterThan: [(a, b) => a > b, numberValidator],
  greaterThanInclusive: [(a, b) => a >= b, numberValidator],
};

type Decorator = (a: any, b: any, next: OperatorFn) => boolean; // eslint-disable-line @typescript-eslint/no-explicit-any
const DECORATE: Record<string, [Decorator, (v: unknown) => boolean]> = {
  someFact: [(a, b, next) => a.some((fv: unknown) => next(fv, b)), Array.isArray],
  someValue: [(a, b, next) => b.some((jv: unknown) => next(a, jv)), always],
  everyFact: [(a, b, next) => a.every((fv: unknown) => next(fv, b)), Array.isArray],
  everyValue: [(a, b, next) => b.every((jv: unknown) => next(a, jv)), always],
  swap: [(a, b, next) => next(b, a), always],
  not: [(a, b, next) => !next(a, b), always],
};

const built = new Map<string, OperatorFn>();

/**
 * The function of an operator name such as `greaterThan` or `everyFact:not:equal`.
 * @throws Error for an unknown operator or decorator (the RuleSet schema refuses them first)
 */
export function operatorFn(name: Operator | string): OperatorFn {
  let fn = built.get(name);
  if (fn) return fn;
  const parts = name.split(":");
  const base = BASE[parts.pop() as keyof typeof BASE];
  if (!base) throw new Error(`unknown operator "${name}"`);
  const [cb, valid] = base;
  let op: OperatorFn = (a, b) => valid(a) && cb(a, b);
  for (const d of parts.reverse()) {
    const dec = DECORATE[d];
    if (!dec) throw new Error(`unknown operator decorator "${d}" in "${name}"`);
    const [wrap, validDec] = dec;
    const next: OperatorFn = op;
    op = (a, b) => validDec(a) && wrap(a, b, next);
  }
  fn = op;
  built.set(name, fn);
  return fn;
}
