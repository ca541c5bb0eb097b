/// <reference types="vite/client" />
/**
 * The rule authors' cases (fixtures/cases, DESIGN.md "Cases"), loaded at build time by Vite
 * so the same loader serves the Node and the workerd test projects.
 */
const caseFiles = import.meta.glob<Record<string, unknown>>("../../fixtures/cases/**/*.json", { eager: true, import: "default" });
const profileFiles = import.meta.glob<Record<string, unknown>>("../../fixtures/profiles/*.json", { eager: true, import: "default" });

/** A case: a profile on a date, and what the rules must answer. */
export interface Case {
  file: string;
  name: string;
  profile: Record<string, unknown>;
  asOf: string;
  version?: string;
  expect: Record<string, { status: string; amount?: number }>;
  derived?: Record<string, unknown>;
  arithmetic: string;
}

/** Every fixture profile by its path from the repository root (`fixtures/profiles/x.json`). */
export const PROFILES: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(profileFiles).map(([path, json]) => [path.replace("../../", ""), json as Record<string, unknown>]),
);

/** Every case, its `profileRef` resolved. */
export const CASES: Case[] = Object.entries(caseFiles).map(([path, json]) => {
  const c = json as unknown as Omit<Case, "file"> & { profileRef?: string };
  const profile = c.profile ?? PROFILES[c.profileRef ?? ""];
  if (!profile) throw new Error(`${path}: profileRef "${c.profileRef}" names no file in fixtures/profiles`);
  return { ...c, file: path.replace("../../", ""), profile };
});
