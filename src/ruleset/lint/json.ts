/**
 * Reading a rule set as posted, before (or without) the schema: lint walks the raw JSON so it
 * can report everything at once, with pointers into what the author wrote.
 */

/** A JSON object as parsed. */
export type Obj = Record<string, unknown>;

/** `x` as an object when it is a plain JSON object (not an array, not null). */
export function asObject(x: unknown): Obj | undefined {
  return x !== null && typeof x === "object" && !Array.isArray(x) ? (x as Obj) : undefined;
}

/** `x` when it is an array, else `[]`. */
export function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** `x` when it is a string. */
export function asString(x: unknown): string | undefined {
  return typeof x === "string" ? x : undefined;
}

/** `Object.hasOwn` for a raw value. */
export const has = (o: Obj, key: string): boolean => Object.hasOwn(o, key);

/** A value as it appears in a message: JSON, shortened past 60 characters. */
export function show(x: unknown): string {
  const s = x === undefined ? "nothing" : JSON.stringify(x);
  return s.length > 60 ? s.slice(0, 57) + "…" : s;
}
