/**
 * The decisive conditions of a result (`explain=brief`): the leaves that made the tree come
 * out as it did. An eligible `all` needs every child; an eligible `any` the first true child;
 * an ineligible `all` its false children; an ineligible `any` every child; an undetermined
 * node its unknown children. A shared condition is visited once: its result is the same at each use.
 */
import { isLeaf, type Leaf, type Shared, type Tree } from "../ruleset/condition.js";
import { combine, type Truths } from "./evaluate.js";

/** The decisive leaves of `c`. */
export function decisiveLeaves(c: Tree, truth: Truths): Set<Leaf> {
  const out = new Set<Leaf>();
  const seen = new Set<Shared>();
  const visit = (node: Tree): void => {
    if (isLeaf(node)) {
      out.add(node);
      return;
    }
    if ("use" in node) {
      if (!seen.has(node.use)) {
        seen.add(node.use);
        visit(node.use.tree);
      }
      return;
    }
    if ("not" in node) return visit(node.not);
    const result = combine(node, truth);
    const children = "all" in node ? node.all : node.any;
    const wanted = children.filter((x) => combine(x, truth) === result);
    if ("any" in node && result === true) visit(wanted[0]!);
    else if ("all" in node && result === true) children.forEach(visit);
    else if ("any" in node && result === false) children.forEach(visit);
    else wanted.forEach(visit);
  };
  visit(c);
  return out;
}
