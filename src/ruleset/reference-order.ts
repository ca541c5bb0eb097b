/**
 * The order of a rule set's named conditions by their references (`{ "condition": name }`),
 * found with a loop and a stack of its own: a chain of thousands of names, each referring to
 * the next, costs no call stack (a recursive walk would overflow it on a few hundred KB).
 */

/** The named conditions in dependency order, and the cycles among them. */
export interface ReferenceOrder {
  /** the names outside any cycle and not reaching one, each after the names it refers to */
  order: string[];
  /** each cycle met: the chain of names from the name met again back to it (`a → b → a`) */
  cycles: string[][];
}

/**
 * @param names the named conditions
 * @param refsOf the names one refers to directly (names not among `names` are skipped)
 */
export function referenceOrder(names: readonly string[], refsOf: (name: string) => readonly string[]): ReferenceOrder {
  const known = new Set(names);
  const state = new Map<string, "visiting" | "done">();
  const cyclic = new Set<string>();
  const order: string[] = [], cycles: string[][] = [];
  for (const start of names) {
    if (state.has(start)) continue;
    const stack: { name: string; refs: readonly string[]; next: number }[] = [{ name: start, refs: refsOf(start), next: 0 }];
    state.set(start, "visiting");
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      const ref = top.refs[top.next++];
      if (ref === undefined) {
        stack.pop();
        state.set(top.name, "done");
        if (top.refs.some((r) => cyclic.has(r))) cyclic.add(top.name);
        if (!cyclic.has(top.name)) order.push(top.name);
      } else if (!known.has(ref) || state.get(ref) === "done") {
        continue;
      } else if (state.get(ref) === "visiting") {
        const chain = stack.slice(stack.findIndex((f) => f.name === ref)).map((f) => f.name);
        chain.forEach((n) => cyclic.add(n));
        cycles.push([...chain, ref]);
      } else {
        state.set(ref, "visiting");
        stack.push({ name: ref, refs: refsOf(ref), next: 0 });
      }
    }
  }
  return { order, cycles };
}
