/**
 * The EnterpriseProfile's fields, read from its zod schema: every path (nested ones included,
 * list items as `[]`: `financials[].revenue`, `project.stage`, `flags.seriousFraud`), its JSON
 * type, whether it may be left out, and the values of a coded field. What the data dictionary
 * must cover (docs/data-dictionary.md) and what the tests hold it to.
 */
import type * as z from "zod";
import { EnterpriseProfile } from "./schema.js";

/** One field of the profile as the schema declares it. */
export interface ProfileField {
  /** e.g. `employees`, `financials[].revenue` */
  path: string;
  /** the property's schema as declared (with its description) */
  schema: z.ZodType;
  /** JSON type of a value: `string`, `number`, `integer`, `boolean`, `object`, `array`, or `enum` */
  type: string;
  /** the field may be left out (unknown) */
  optional: boolean;
  /** the values of a coded (enum) field */
  values?: readonly string[];
}

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; entries?: Record<string, string>; checks?: { _zod: { def: { check?: string; format?: string } } }[] };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under `.optional()` / `.nullable()`, and whether one was there. */
function unwrap(s: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = s, optional = false;
  for (let d = def(inner); d.type === "optional" || d.type === "nullable"; d = def(inner)) {
    optional ||= d.type === "optional";
    inner = d.innerType!;
  }
  return { inner, optional };
}

function jsonType(s: z.ZodType): string {
  const d = def(s);
  if (d.type === "number" && d.checks?.some((c) => c._zod.def.format === "safeint" || c._zod.def.check === "number_format")) return "integer";
  return d.type;
}

function* fieldsOf(shape: Record<string, z.ZodType>, prefix: string): Generator<ProfileField> {
  for (const [key, schema] of Object.entries(shape)) {
    const path = prefix + key;
    const { inner, optional } = unwrap(schema);
    const d = def(inner);
    yield { path, schema, type: jsonType(inner), optional, ...(d.entries ? { values: Object.values(d.entries) } : {}) };
    if (d.type === "object") yield* fieldsOf(d.shape!, `${path}.`);
    if (d.type === "array") {
      const item = def(unwrap(d.element!).inner);
      if (item.type === "object") yield* fieldsOf(item.shape!, `${path}[].`);
    }
  }
}

/** Every field of the EnterpriseProfile, in schema order, parents before their fields. */
export const PROFILE_FIELDS: readonly ProfileField[] = [...fieldsOf(def(EnterpriseProfile).shape!, "")];
