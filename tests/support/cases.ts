/// <reference types="vite/client" />
/**
 * The rule authors' cases (fixtures/cases, and rules/<id>/cases beside the rule files;
 * DESIGN.md "Cases"), loaded at build time by Vite so the same loader serves the Node and the
 * workerd test projects. Each file is read by src/engine/case.ts, as `npm run rules:test` reads it.
 */
import { type Case, resolveCase } from "../../src/engine/case.js";
import { DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";

export type { Case } from "../../src/engine/case.js";

const caseFiles = import.meta.glob<Record<string, unknown>>(["../../fixtures/cases/**/*.json", "../../rules/*/cases/**/*.json"], { eager: true, import: "default" });
const profileFiles = import.meta.glob<Record<string, unknown>>("../../fixtures/profiles/*.json", { eager: true, import: "default" });

/** Every fixture profile by its path from the repository root (`fixtures/profiles/x.json`). */
export const PROFILES: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(profileFiles).map(([path, json]) => [path.replace("../../", ""), json as Record<string, unknown>]),
);

/** Every case of the default rule set (the one the HTTP API answers with), its `profileRef` resolved. */
export const CASES: Case[] = Object.entries(caseFiles)
  .map(([path, json]) => resolveCase(json, path.replace("../../", ""), PROFILES, DEFAULT_RULESET_ID))
  .filter((c) => c.rulesetId === DEFAULT_RULESET_ID);
