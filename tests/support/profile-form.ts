/**
 * A fixture profile as a person would fill in the web form (src/views/profile-form.ts, the
 * inverse of src/views/form-profile.ts), and the profile the form is expected to give back: the
 * form asks "rare-earth enterprise?" instead of free sector tags, and "Baotou zone or elsewhere"
 * for the zone.
 */
import type { EnterpriseProfile } from "../../src/profile/index.js";
import { profileToForm as prefill } from "../../src/views/profile-form.js";

export { percentText } from "../../src/views/profile-form.js";

type Profile = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The form's fields for `p`, as text (a fixture the form holds whole: throws otherwise). */
export function profileToForm(p: Profile): Record<string, string> {
  const { values, dropped } = prefill(p as EnterpriseProfile);
  if (dropped.some((d) => !/^(zone|sectorTags)$/.test(d))) throw new Error(`the form cannot hold ${dropped.join(", ")}`);
  return values;
}

/** The profile the form gives back for `p`. */
export function formProfileOf(p: Profile): Profile {
  const out: Profile = structuredClone(p);
  if (out.zone !== undefined && out.zone !== "baotou-rare-earth-hi-tech-zone") out.zone = "other";
  if (out.sectorTags) out.sectorTags = out.sectorTags.includes("rare-earth") ? ["rare-earth"] : [];
  if (out.flags && Object.keys(out.flags).length === 0) delete out.flags;
  return out;
}
