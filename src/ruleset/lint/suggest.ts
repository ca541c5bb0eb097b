/** "Did you mean …?": the closest known name to a misspelt one. */

/** Optimal-string-alignment distance (Levenshtein with adjacent transpositions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase(), t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...new Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * The known name closest to `name`: an exact match ignoring case, a dotted name whose last
 * part is `name` (`revenue` → `lastYear.revenue`), or the nearest by edit distance — to the
 * whole name, or to a dotted name's last part (`revenu` → `lastYear.revenue`) — within a third
 * of the name's length (at least 2 edits).
 * @returns the suggestion, or undefined when nothing is close
 */
export function closest(name: string, known: Iterable<string>): string | undefined {
  const names = [...known];
  const lower = name.toLowerCase();
  const exact = names.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  const suffix = names.filter((k) => k.toLowerCase().endsWith("." + lower));
  if (suffix.length === 1) return suffix[0];
  let best: string | undefined, bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const k of names) {
    const last = k.slice(k.lastIndexOf(".") + 1);
    const d = Math.min(editDistance(name, k), name.includes(".") ? Infinity : editDistance(name, last));
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

/** `: did you mean "x"?` or nothing, to end a message with. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const s = closest(name, known);
  return s === undefined ? "" : `: did you mean "${s}"?`;
}
