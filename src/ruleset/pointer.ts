/** RFC 6901 JSON pointers, for findings and diffs that point into a rule-set file. */

/** A path into a JSON value: object keys and array indexes, from the root. */
export type JsonPath = readonly (string | number)[];

/**
 * The RFC 6901 pointer of `path`: `~` → `~0`, `/` → `~1`, each segment after a `/`.
 * @returns `""` for the root, e.g. `/measures/0/conditions/all/2/fact`
 */
export function jsonPointer(path: JsonPath): string {
  return path.map((p) => "/" + String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}
