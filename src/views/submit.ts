/**
 * A posted form, evaluated: read and checked field by field, validated as an EnterpriseProfile
 * and against the evaluation date, matched against the rule-set version in force on that date.
 * Either the result, or the form again with every problem — the reading's, the schema's, the
 * date's, all in one round — tied to its field.
 */
import { match } from "../engine/match.js";
import type { MatchResult } from "../engine/result.js";
import { datedProblems, EnterpriseProfile, type SupportRecord } from "../profile/index.js";
import { DEFAULT_RULESET_ID } from "../ruleset/bundled.js";
import { type Catalog, RuleSetNotFoundError } from "../ruleset/catalog.js";
import type { FormValues } from "./field-index.js";
import { CONTROLS } from "./form-body.js";
import { datedErrors, noRulesError, orderErrors, schemaErrors } from "./form-errors.js";
import { type FieldError, readForm } from "./form-profile.js";

export type Outcome =
  | { kind: "form"; values: FormValues; errors: FieldError[] }
  | { kind: "result"; values: FormValues; result: MatchResult; profile: EnterpriseProfile };

export interface EvaluateDeps {
  catalog: () => Promise<Catalog>;
  /** today in Asia/Shanghai, ISO */
  today: () => string;
  /** the support the firm has received, from its dossier (engine/received.ts) */
  received?: readonly SupportRecord[] | undefined;
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
  const parsed = EnterpriseProfile.safeParse(reading.profile);
  const asOf = reading.asOf ?? deps.today();
  // every problem in one round: the form's own reading first, then the schema's, then the
  // date's (unless the date itself was refused); one message per field
  const errors = orderErrors([
    ...reading.errors,
    ...(parsed.success ? [] : schemaErrors(parsed.error.issues, reading.source)),
    ...(reading.errors.some((e) => e.key === "asOf") ? [] : datedErrors(datedProblems(reading.profile, asOf), reading.source, asOf)),
  ]);
  if (errors.length || !parsed.success) return { kind: "form", values, errors };
  const catalog = await deps.catalog();
  let loaded;
  try {
    loaded = catalog.resolve({ id: DEFAULT_RULESET_ID, asOf });
  } catch (err) {
    if (err instanceof RuleSetNotFoundError) return { kind: "form", values, errors: [noRulesError(asOf)] };
    throw err;
  }
  const result = await match(parsed.data, loaded, { asOf, explain: "full", received: deps.received });
  return { kind: "result", values, result, profile: parsed.data };
}
