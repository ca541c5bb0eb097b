/**
 * `npm run keys:generate`: a new Ed25519 key pair for signing decision receipts (docs/dossiers.md,
 * "Receipts"). Prints the private key as a JWK — the value of the `RECEIPT_SIGNING_KEY` secret
 * (`npx wrangler secret put RECEIPT_SIGNING_KEY`, or `.dev.vars` locally) — and the public key
 * with its id (the RFC 7638 thumbprint), which the service then publishes at
 * `/.well-known/policy-match/receipt-keys.json`. Nothing is written to disk.
 */
import { thumbprint } from "../dossier/receipt.js";
import { parseOrFail } from "./args.js";

parseOrFail({}, {
  usage: "npm run keys:generate",
  about: "Prints a new Ed25519 key pair for signing decision receipts: the private key as a JWK (the value of the RECEIPT_SIGNING_KEY secret) and its public key with its id, as the service publishes it. Nothing is written to disk (docs/dossiers.md, \"Receipts\").",
  options: [["-h, --help", "print this help"]],
  exit: "0 printed; 2 bad arguments",
});

const pair = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
const jwk = (await crypto.subtle.exportKey("jwk", pair.privateKey)) as JsonWebKey;
const kid = await thumbprint(jwk.x!);
process.stdout.write([
  "# RECEIPT_SIGNING_KEY (secret: keep it out of the repository and of logs)",
  JSON.stringify({ kty: "OKP", crv: "Ed25519", d: jwk.d, x: jwk.x }),
  "",
  "# its public key, as the service publishes it",
  JSON.stringify({ kty: "OKP", crv: "Ed25519", x: jwk.x, kid, alg: "Ed25519", use: "sig" }),
  "",
].join("\n"));
