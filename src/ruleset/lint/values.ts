/**
 * Values against their fact (DESIGN.md "Conventions"; TOOLCHAIN.md "json-rules-engine"): the
 * JSON type the fact has (money as a number, not "500万"; a flag as true/false, not 1), its
 * unit (a fraction within 0–1, yuan with at most 2 decimals), its allowed values, and whether
 * the operator can work on the fact at all (a number test on text compares text: "100" < "99").
 * Decorators are followed: `someFact:`/`everyFact:` test each element of a list fact,
 * `someValue:`/`everyValue:` each element of an array value, `not:` changes no type. A `swap:`
 * operator (value and fact exchanged) is not type-checked.
 */
import { type FactDef, type FactType, fractionDigits, IsoDate } from "../../profile/index.js";
import type { BaseOperator } from "../condition.js";
import type { JsonPath } from "../pointer.js";
import type { Collector } from "./finding.js";
import { show } from "./json.js";
import { didYouMean } from "./suggest.js";

const NUMERIC: ReadonlySet<BaseOperator> = new Set(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);

/** The fact's value type in words, e.g. "an amount in yuan (a JSON number)". */
export function describeType(def: FactDef, type: FactType = def.type): string {
  if (type === "number" || type === "integer") {
    if (def.unit === "yuan") return "an amount in yuan (a JSON number)";
    if (def.unit === "fraction") return "a fraction between 0 and 1 (0.05 = 5 %)";
    return `${type === "integer" ? "a whole number" : "a number"}${def.unit ? ` (${def.unit})` : ""}`;
  }
  if (type === "boolean") return "true or false";
  if (type === "date") return 'a date as "YYYY-MM-DD"';
  if (type === "string[]") return "a list of text";
  return def.values ? `one of ${def.values.map((v) => `"${v}"`).join(", ")}` : "text";
}

/** What a JSON value is, for "got …". */
const got = (v: unknown): string =>
  typeof v === "string" ? `the text ${show(v)}` : typeof v === "number" ? `the number ${v}` : v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : String(v);

/** A hint for a number written as text: "500万" → 5000000, "5%" → 0.05, "300" → 300. */
function numberHint(s: string, def: FactDef): string {
  const wan = /^\s*(-?[\d,]*\.?\d+)\s*万\s*元?\s*$/.exec(s);
  if (wan && def.unit === "yuan") return `: did you mean ${Math.round(Number(wan[1]!.replaceAll(",", "")) * 10000 * 100) / 100}?`;
  const pct = /^\s*(-?\d*\.?\d+)\s*%\s*$/.exec(s);
  if (pct && def.unit === "fraction") return `: did you mean ${Number(pct[1]) / 100}?`;
  if (s.trim() !== "" && Number.isFinite(Number(s))) return `: write it without quotes, ${Number(s)}`;
  return def.unit === "yuan" ? ", in yuan (500万 = 5000000)" : "";
}

/**
 * Checks one scalar compared with a fact of `type` (the fact's type, or its element type).
 * @param name the fact's name, for messages
 */
function lintScalar(def: FactDef, type: Exclude<FactType, "string[]">, v: unknown, path: JsonPath, c: Collector): void {
  const expected = `${def.name} is ${describeType(def, type)}`;
  if (v === null) {
    c.report("value-type", path, `${expected}; got null, which never matches (a fact left out is unknown, not null)`);
    return;
  }
  if (type === "number" || type === "integer") {
    if (typeof v !== "number") {
      c.report("value-type", path, `${expected}; got ${got(v)}${typeof v === "string" ? numberHint(v, def) : ""} (json-rules-engine compares text as text: "100" > "99" is false)`);
    } else if (def.unit === "fraction" && (v < 0 || v > 1)) {
      c.report("value-unit", path, `${def.name} is a fraction (0–1); got ${v}${v > 1 ? `: did you mean ${v / 100}?` : ""} (0.05 = 5 %)`);
    } else if (def.unit === "yuan" && fractionDigits(v) > 2) {
      c.report("value-unit", path, `${def.name} is in yuan, with at most 2 decimals (fen); got ${v}`);
    }
  } else if (type === "boolean") {
    if (typeof v !== "boolean") {
      c.report("value-type", path, `${expected}; got ${got(v)}: write ${v === 0 || v === "false" ? "false" : v === 1 || v === "true" ? "true" : "true or false"} (json-rules-engine's equal is strict: 1 is not true)`);
    }
  } else if (type === "date") {
    if (typeof v !== "string" || !IsoDate.safeParse(v).success) {
      c.report("value-type", path, `${expected}; got ${got(v)} (dates compare as text, so only YYYY-MM-DD orders correctly)`);
    }
  } else if (typeof v !== "string") {
    c.report("value-type", path, `${expected}; got ${got(v)}${typeof v === "number" ? `: write "${v}"` : ""}`);
  } else if (def.values && !def.values.includes(v)) {
    c.report("value-not-allowed", path, `${show(v)} is not a value of ${def.name}, which is ${describeType(def)}${didYouMean(v, def.values)}`);
  }
}

/** An example array value for `in`. */
const example = (def: FactDef): string =>
  def.values ? `["${def.values[0]}"]` : def.type === "number" || def.type === "integer" ? "[1, 2]" : def.type === "boolean" ? "[true]" : '["3985", "3240"]';

/**
 * Checks a leaf's value (a literal; fact references are checked by the caller) against its fact
 * and operator.
 * @param decorators the operator's decorators, outermost first; @param base its base operator
 * @param path the path of the leaf's `value`
 */
export function lintLeafValue(def: FactDef, decorators: readonly string[], base: BaseOperator, value: unknown, path: JsonPath, c: Collector): void {
  if (decorators.includes("swap")) return;
  const op = [...decorators, base].join(":");
  let factType: FactType = def.type;
  let arrays = 0;
  for (const d of decorators) {
    if (d === "someFact" || d === "everyFact") {
      if (factType !== "string[]") {
        c.report("operator-type", [...path.slice(0, -1), "operator"], `"${d}" tests each element of a list fact; ${def.name} is ${describeType(def)}, so "${op}" is always false — remove "${d}:"`);
        return;
      }
      factType = "string";
    } else if (d === "someValue" || d === "everyValue") arrays++;
  }
  const opPath = [...path.slice(0, -1), "operator"];
  if (NUMERIC.has(base) && factType !== "number" && factType !== "integer" && factType !== "date") {
    c.report("operator-type", opPath, `"${base}" compares numbers (or dates); ${def.name} is ${describeType(def, factType)}${factType === "string" ? ", compared as text (\"100\" < \"99\")" : ""}${def.values || factType === "string" ? ' — use "in" with a list' : ""}`);
    return;
  }
  if ((base === "equal" || base === "notEqual" || base === "in" || base === "notIn") && factType === "string[]") {
    c.report("operator-type", opPath, `${def.name} is a list: "${base}" would compare the whole list — use "contains" (one element) or "someFact:${base}"`);
    return;
  }
  if ((base === "contains" || base === "doesNotContain") && factType !== "string[]") {
    c.report("operator-type", opPath, `"${base}" tests the elements of a list fact; ${def.name} is ${describeType(def, factType)} — use "equal" or "in"`);
    return;
  }
  const scalar = (factType === "string[]" ? "string" : factType) as Exclude<FactType, "string[]">;
  const check = (v: unknown, p: JsonPath, depth: number): void => {
    if (depth < arrays) {
      if (!Array.isArray(v)) c.report("value-type", p, `"${op}" tests each element of an array value; got ${got(v)}`);
      else v.forEach((x, k) => check(x, [...p, k], depth + 1));
      return;
    }
    if (base === "in" || base === "notIn") {
      if (!Array.isArray(v)) {
        c.report("in-needs-array", p, `"${base}" needs an array of values, e.g. ${example(def)}; got ${got(v)} (json-rules-engine matches text as a substring, and throws on null)`);
      } else v.forEach((x, k) => lintScalar(def, scalar, x, [...p, k], c));
      return;
    }
    lintScalar(def, scalar, v, p, c);
  };
  check(value, path, 0);
}

/**
 * Fact-to-fact comparison (`"value": { "fact": "employees" }`): the two facts must be of one type
 * and unit; `contains` looks the other fact up in a list fact. (`in`/`notIn` take an array
 * written out, never a fact: the RuleSet schema's rule, reported by the caller.) Decorated
 * operators other than `not:` are not type-checked.
 */
export function lintFactComparison(def: FactDef, other: FactDef, decorators: readonly string[], base: BaseOperator, path: JsonPath, c: Collector): void {
  if (decorators.some((d) => d !== "not") || base === "in" || base === "notIn") return;
  const kind = (t: FactType) => (t === "integer" ? "number" : t);
  if (base === "contains" || base === "doesNotContain") {
    if (def.type !== "string[]" || other.type !== "string") {
      c.report("value-type", path, `"${base}" between two facts needs a list of text and text: ${def.name} is ${describeType(def)}, ${other.name} is ${describeType(other)}`);
    }
    return;
  }
  if (NUMERIC.has(base) && kind(def.type) !== "number" && def.type !== "date") {
    c.report("operator-type", [...path.slice(0, -1), "operator"], `"${base}" compares numbers (or dates); ${def.name} is ${describeType(def)}`);
  } else if (kind(def.type) !== kind(other.type)) {
    c.report("value-type", path, `compares ${def.name} (${describeType(def)}) with ${other.name} (${describeType(other)})`);
  } else if (def.unit !== other.unit) {
    c.report("value-unit", path, `compares ${def.name} (${def.unit ?? "no unit"}) with ${other.name} (${other.unit ?? "no unit"}): units differ`);
  }
}
