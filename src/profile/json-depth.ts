/**
 * How deeply JSON nests, found without recursion. Parsing JSON of any depth is safe (V8's
 * parser is iterative), but every walk after it — zod's schemas, canonical hashing, our own
 * trees — recurses, and a body of a few kilobytes nested a few thousand deep overflows the
 * stack. So bodies and rule files are measured here first, by loops, and refused past
 * `MAX_JSON_DEPTH` before anything recursive sees them.
 */

/**
 * The deepest nesting of arrays and objects accepted in a request body or a rule file: 128
 * levels. A rule set's conditions within their own limit (32 levels: docs/rules.md "Limits")
 * nest about 70 deep in JSON; a profile under 10. Every recursive walk of ours and of zod's
 * stays far from the stack's end at this depth (zod alone overflows at about 1,500 in workerd).
 */
export const MAX_JSON_DEPTH = 128;

/** A place in a parsed JSON value: an array or object, its depth (the root is 1), and how it was reached. */
export interface JsonPlace {
  value: object;
  depth: number;
  key?: string | number;
  parent?: JsonPlace;
}

/** The path (keys and indexes from the root) of a place. */
export function pathOf(place: JsonPlace): (string | number)[] {
  const path: (string | number)[] = [];
  for (let p: JsonPlace | undefined = place; p?.parent; p = p.parent) path.push(p.key!);
  return path.reverse();
}

/**
 * Visits every array and object of a parsed JSON value, in document order, with a loop and a
 * stack of its own (a value nested a million deep costs no call stack).
 * @param visit called with each array or object
 */
export function eachContainer(value: unknown, visit: (place: JsonPlace) => void): void {
  if (value === null || typeof value !== "object") return;
  const stack: JsonPlace[] = [{ value, depth: 1 }];
  while (stack.length > 0) {
    const place = stack.pop()!;
    visit(place);
    const entries: [string | number, unknown][] = Array.isArray(place.value) ? place.value.map((v, i) => [i, v]) : Object.entries(place.value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (child !== null && typeof child === "object") stack.push({ value: child, depth: place.depth + 1, key, parent: place });
    }
  }
}

/** Where a value nests past the limit: the first place (document order) and the deepest depth reached. */
export interface TooDeep {
  path: (string | number)[];
  depth: number;
}

/**
 * @param value a parsed JSON value; @param max the limit (levels of arrays and objects)
 * @returns where it first nests past `max` and how deep it goes, or undefined within the limit
 */
export function tooDeep(value: unknown, max = MAX_JSON_DEPTH): TooDeep | undefined {
  let first: JsonPlace | undefined;
  let depth = 0;
  eachContainer(value, (place) => {
    if (place.depth > depth) depth = place.depth;
    if (place.depth > max && !first) first = place;
  });
  return first && { path: pathOf(first), depth };
}

/**
 * The nesting depth of JSON text, by a scan of its characters (strings skipped), without
 * parsing it: the cheap test every body passes. Malformed text gets a number too; the parser
 * refuses it afterwards.
 */
export function textDepth(text: string): number {
  let depth = 0, max = 0, inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}
