/** What the routes that take a profile share: the 64 KiB body gate, the credit-code check, who may say `import`. */
import type { Actor } from "../../../dossier/types.js";
import type { EnterpriseProfile } from "../../../profile/index.js";
import { jsonBody } from "../../json-body.js";
import { ProblemError } from "../../problem.js";
import { problemResponse } from "../../schemas.js";
import { MATCH_BODY_LIMIT } from "../match.js";

/** The body gate of a profile: ≤ 64 KiB (413), UTF-8 (415), as `POST /v1/match`. */
export const profileBody = jsonBody({ maxSize: MATCH_BODY_LIMIT, tooLarge: `a body here is limited to ${MATCH_BODY_LIMIT / 1024} KiB: one profile` });

/** The refusals of the body gate, as the routes document them. */
export const BODY_REFUSALS = {
  413: problemResponse(`Body over ${MATCH_BODY_LIMIT / 1024} KiB`),
  415: problemResponse("Body is not application/json"),
};

/**
 * A dossier holds one firm: a profile naming another credit code is refused (400 at `pointer`).
 * A profile without one is saved with the dossier's.
 */
export function sameCreditCode(profile: EnterpriseProfile, creditCode: string, pointer: string): void {
  if (profile.creditCode !== undefined && profile.creditCode !== creditCode) {
    throw new ProblemError(400, "invalid-request", "Invalid request", "the profile names another firm: see errors[]",
      [{ pointer, message: `this dossier is ${creditCode}'s; the profile says ${profile.creditCode}` }]);
  }
}

/**
 * `source: "import"` marks a version the zone's staff imported from a register: a firm's own
 * save saying so is refused (400 at `/source`), so the history never shows a firm's answer as
 * the zone's.
 */
export function sourceAllowed(source: "api" | "import", by: Actor): void {
  if (source === "import" && !by.startsWith("staff:")) {
    throw new ProblemError(400, "invalid-request", "Invalid request", "only the zone's staff import profiles: see errors[]",
      [{ pointer: "/source", message: 'source "import" is for profiles the zone\'s staff import from a register; leave source out (or send "api") when the firm saves its own' }]);
  }
}
