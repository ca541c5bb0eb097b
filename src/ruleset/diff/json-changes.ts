/** Field-by-field differences between two JSON values, as RFC 6901 pointers with before and after. */
import { type JsonPath, jsonPointer } from "../pointer.js";

/** One changed field. `before` is absent when the field was added, `after` when it was removed. */
export interface FieldChange {
  /** RFC 6901 pointer, from the root of the values compared (e.g. `/source/number`) */
  pointer: string;
  before?: unknown;
  after?: unknown;
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);

/** Structural equality of JSON values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined), kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

const change = (path: JsonPath, before: unknown, after: unknown): FieldChange => ({
  pointer: jsonPointer(path),
  ...(before !== undefined ? { before } : {}),
  ...(after !== undefined ? { after } : {}),
});

/**
 * The leaves of `before` and `after` that differ: objects key by key (before's keys first),
 * arrays of objects index by index, arrays of plain values and anything else as one value.
 * @param path the path of the values compared (prefixes every pointer)
 */
export function jsonChanges(before: unknown, after: unknown, path: JsonPath = []): FieldChange[] {
  if (deepEqual(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !Object.hasOwn(before, k))];
    return keys.flatMap((k) => jsonChanges(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some((x) => typeof x === "object" && x !== null)) {
    return Array.from({ length: Math.max(before.length, after.length) }, (_, i) => jsonChanges(before[i], after[i], [...path, i])).flat();
  }
  return [change(path, before, after)];
}
