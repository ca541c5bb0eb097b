/**
 * A posted form, evaluated: read and checked field by field, validated as an EnterpriseProfile,
 * matched against the rule-set version in force on the evaluation date. Either the result, or
 * the form again with each problem tied to its field.
 */
import { match } from "../engine/match.js";
import type { MatchResult } from "../engine/result.js";
import { EnterpriseProfile, ProfileDateError } from "../profile/index.js";
import { DEFAULT_RULESET_ID } from "../ruleset/bundled.js";
import { type Catalog, RuleSetNotFoundError } from "../ruleset/catalog.js";
import { FIELD_BY_KEY, type FormValues } from "./field-index.js";
import { datedErrors, noRulesError, schemaErrors } from "./form-errors.js";
import { type FieldError, readForm } from "./form-profile.js";

export type Outcome =
  | { kind: "form"; values: FormValues; errors: FieldError[] }
  | { kind: "result"; values: FormValues; result: MatchResult; profile: EnterpriseProfile };

/** Control fields posted beside the answers: the page language and `_action=edit` (back to the form). */
const CONTROLS = new Set(["lang", "_action"]);

/** The longest text kept for one field (the body itself is limited to 64 KiB). */
const MAX_VALUE = 1000;

/**
 * The posted fields of the form (others are ignored; the first of a repeated name counts).
 * @returns null when the body is not a form (urlencoded or multipart) or cannot be read
 */
export async function readPostedValues(req: Request): Promise<Record<string, string> | null> {
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(req.headers.get("Content-Type") ?? "")) return null;
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return null;
  }
  const values: Record<string, string> = {};
  for (const [key, value] of form) {
    if (typeof value !== "string" || key in values || !(FIELD_BY_KEY.has(key) || CONTROLS.has(key))) continue;
    values[key] = value.slice(0, MAX_VALUE);
  }
  return values;
}

export interface EvaluateDeps {
  catalog: () => Promise<Catalog>;
  /** today in Asia/Shanghai, ISO */
  today: () => string;
}

/** The answers without the control fields. */
function answers(values: Readonly<Record<string, string>>): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !CONTROLS.has(k)));
}

/** Evaluates a posted form (see the file comment). */
export async function evaluateForm(posted: Readonly<Record<string, string>>, deps: EvaluateDeps): Promise<Outcome> {
  const values = answers(posted);
  if (posted._action === "edit") return { kind: "form", values, errors: [] };
  const reading = readForm(values);
  if (reading.errors.length) return { kind: "form", values, errors: reading.errors };
  const parsed = EnterpriseProfile.safeParse(reading.profile);
  if (!parsed.success) return { kind: "form", values, errors: schemaErrors(parsed.error.issues, reading.source) };
  const asOf = reading.asOf ?? deps.today();
  const catalog = await deps.catalog();
  let loaded;
  try {
    loaded = catalog.resolve({ id: DEFAULT_RULESET_ID, asOf });
  } catch (err) {
    if (err instanceof RuleSetNotFoundError) return { kind: "form", values, errors: [noRulesError(asOf)] };
    throw err;
  }
  try {
    const result = await match(parsed.data, loaded, { asOf, explain: "full" });
    return { kind: "result", values, result, profile: parsed.data };
  } catch (err) {
    if (err instanceof ProfileDateError) return { kind: "form", values, errors: datedErrors(err.problems, reading.source, asOf) };
    throw err;
  }
}
