/**
 * What every part of the form's reading shares: each field read once by its kind, the
 * messages collected, and small helpers (is a field given, require it, copy its value).
 */
import { ALL_FIELDS, type FormValues, readField } from "./field-index.js";
import { UNKNOWN } from "./fields.js";
import type { Msg } from "./i18n.js";

/** A message about one form field (`key`), or about the form as a whole (`key` ""). */
export interface FieldError { key: string; message: Msg }

export type Obj = Record<string, unknown>;

export const msg = (zh: string, en: string): Msg => ({ "zh-CN": zh, en });

export class Reader {
  readonly errors: FieldError[] = [];
  private readonly parsed = new Map<string, string | number>();

  constructor(private readonly values: FormValues) {
    for (const def of ALL_FIELDS) {
      const r = readField(def, values[def.key] ?? "");
      if (!r.ok) this.errors.push({ key: def.key, message: r.error });
      else if (r.value !== undefined) this.parsed.set(def.key, r.value);
    }
  }

  /** The field's value; undefined when empty, "don't know" or refused. */
  value(key: string): string | number | undefined {
    return this.parsed.get(key);
  }

  /** Something was entered (even if refused); "don't know" is not an answer. */
  given(key: string): boolean {
    const raw = (this.values[key] ?? "").trim();
    return this.parsed.has(key) || (raw !== "" && raw !== UNKNOWN);
  }

  /** Refuses `key` with `message` when nothing was entered in it. */
  need(key: string, message: Msg): void {
    if (!this.given(key)) this.errors.push({ key, message });
  }

  refuse(key: string, message: Msg): void {
    this.errors.push({ key, message });
  }

  /** Copies the value of `key` to `target[name]` when there is one. */
  put(target: Obj, name: string, key: string = name): void {
    const x = this.parsed.get(key);
    if (x !== undefined) target[name] = x;
  }

  /** Refuses `key` when `target[part]` exceeds `target[whole]`. */
  notAbove(target: Obj, part: string, whole: string, key: string, message: Msg): void {
    const a = target[part], b = target[whole];
    if (typeof a === "number" && typeof b === "number" && a > b) this.refuse(key, message);
  }
}
