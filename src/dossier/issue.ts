/**
 * Issuing a decision's receipt: the payload built from the stored decision, signed with the
 * service's key, stored beside the decision (receipt.ts says what is signed and how).
 */
import type { MatchResult } from "../engine/result.js";
import type { DecisionEntry } from "./decisions.js";
import { DecisionStore } from "./decisions.js";
import { type Receipt, type ReceiptPayload, signReceipt, type SigningKey } from "./receipt.js";

/**
 * Signs and stores a receipt of `entry`, a decision of the dossier of `creditCode`.
 * @param result the decision's result, for the short reference it carries (when it does)
 */
export async function issueReceipt(db: D1Database, key: SigningKey, dossierId: string, creditCode: string, entry: DecisionEntry, result: MatchResult, now: Date): Promise<Receipt> {
  const reference = (result as { reference?: unknown }).reference;
  const payload: ReceiptPayload = {
    type: "policy-match-decision-receipt/1",
    decisionId: entry.decisionId,
    ...(typeof reference === "string" ? { reference } : {}),
    creditCode,
    ruleset: entry.ruleset,
    asOf: entry.asOf,
    resultHash: entry.resultHash,
    issuedAt: now.toISOString(),
    keyId: key.keyId,
  };
  const receipt = await signReceipt(key, payload);
  await new DecisionStore(db).addReceipt(dossierId, entry.seq, receipt);
  return receipt;
}
