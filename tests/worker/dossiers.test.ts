/**
 * Dossiers inside workerd (issue 15): creation and its token, profile versions never
 * overwritten, decisions stored with their hashes, token rotation, listing for staff.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { PROFILES } from "../support/cases.js";
import { call, createDossier, freshCode, STAFF } from "../support/dossiers.js";

const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const { creditCode: _, ...anonymous } = magnet;

describe("creating a dossier", () => {
  it("answers 201 with a 256-bit token shown once, and stores only its SHA-256", async () => {
    const code = freshCode();
    const res = await call("POST", "/v1/dossiers", { body: { creditCode: code, profile: anonymous } });
    expect(res.status).toBe(201);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(res.headers.get("Location")).toBe(`/v1/dossiers/${code}`);
    const body = (await res.json()) as { token: string; dossier: { creditCode: string; versions: number; latestVersion: { profile: Record<string, unknown>; source: string } } };
    expect(body.token).toMatch(/^pmd_[A-Za-z0-9_-]{43}$/);
    expect(body.dossier.creditCode).toBe(code);
    expect(body.dossier.versions).toBe(1);
    expect(body.dossier.latestVersion.profile).toEqual({ ...anonymous, creditCode: code });
    expect(body.dossier.latestVersion.source).toBe("api");
    const row = await env.DB.prepare("SELECT token_hash FROM dossiers WHERE credit_code = ?").bind(code).first<{ token_hash: string }>();
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body.token)));
    expect(row!.token_hash).toBe(Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join(""));
    const all = JSON.stringify(await env.DB.prepare("SELECT * FROM dossiers WHERE credit_code = ?").bind(code).all());
    expect(all).not.toContain(body.token.slice(4));
    // the token reads it back
    const back = await call("GET", `/v1/dossiers/${code}`, { token: body.token });
    expect(back.status).toBe(200);
  });
});
