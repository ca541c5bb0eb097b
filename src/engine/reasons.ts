/**
 * Why a measure is not eligible, as people read it: its decisive failing conditions
 * (`decisive`, decisive.ts), those that are alternatives of one `any` (`anyOf`,
 * alternatives.ts) grouped under "any one of these would do", branch by branch. A failing
 * condition in a branch of an `any` that another branch meets decided nothing and is not a
 * reason. The page (Ineligible.tsx) and the CLI table (cli/table.ts) both read this.
 */
import type { Bilingual } from "../profile/index.js";
import type { ConditionResult } from "./result.js";

/** A reason: one failing condition, or alternatives none of which holds (each branch: conditions all needed). */
export type Reason = { condition: ConditionResult } | { any: string; branches: Reason[][] };

/** The heading of a group of alternatives. */
export const ANY_ONE: Bilingual = { "zh-CN": "满足其一即可", en: "any one of these would do" };

/** Conditions needed together within one branch, as joined in a line of text. */
export const AND: Bilingual = { "zh-CN": "；且", en: "; and " };

/**
 * @param conditions a measure's conditions (explained `full` or `brief`)
 * @returns its reasons in document order: the failing decisive conditions, alternatives grouped
 *          (a result stored before `decisive` existed counts every failing condition as decisive)
 */
export function reasonsOf(conditions: readonly ConditionResult[]): Reason[] {
  return grouped(conditions.filter((c) => c.result === false && c.decisive !== false), 0);
}

/** The conditions grouped by the `any` at `depth` of their chain, each group where its first condition is. */
function grouped(items: readonly ConditionResult[], depth: number): Reason[] {
  const slots: (ConditionResult | Map<number, ConditionResult[]>)[] = [];
  const groups = new Map<string, Map<number, ConditionResult[]>>();
  for (const c of items) {
    const at = c.anyOf?.[depth];
    if (!at) {
      slots.push(c);
      continue;
    }
    let g = groups.get(at.any);
    if (!g) {
      groups.set(at.any, (g = new Map()));
      slots.push(g);
    }
    const branch = g.get(at.branch);
    if (branch) branch.push(c);
    else g.set(at.branch, [c]);
  }
  const keys = new Map([...groups].map(([any, g]) => [g, any]));
  return slots.flatMap((s): Reason[] => {
    if (!(s instanceof Map)) return [{ condition: s }];
    const branches = [...s].sort(([a], [b]) => a - b).map(([, cs]) => grouped(cs, depth + 1));
    // a single failing branch is no choice: its conditions are reasons in their own right
    return branches.length === 1 ? branches[0]! : [{ any: keys.get(s)!, branches }];
  });
}

/**
 * The reasons as lines of text: a condition per line; alternatives under the heading, one
 * line per branch (`· `), its conditions joined by "and", nested alternatives indented.
 */
export function reasonLines(reasons: readonly Reason[], lang: keyof Bilingual, indent = ""): string[] {
  return reasons.flatMap((r) => {
    if ("condition" in r) return [indent + r.condition.text[lang]];
    const head = `${indent}${ANY_ONE[lang]}${lang === "en" ? ":" : "："}`;
    return [head, ...r.branches.flatMap((b) => {
      const flat = b.every((x) => "condition" in x);
      if (flat) return [`${indent}· ${b.map((x) => (x as { condition: ConditionResult }).condition.text[lang]).join(AND[lang])}`];
      return reasonLines(b, lang, indent + "  ").map((l, i) => (i === 0 ? `${indent}· ${l.trimStart()}` : l));
    })];
  });
}
