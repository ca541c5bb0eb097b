/**
 * What the fixture cases expect of a profile on a date: the cases that name the profile
 * (`profileRef`), pin that date and either pin no version or the one in force on it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface Expectation { caseFile: string; measure: string; status: string; amount?: number }

function caseFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? caseFiles(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : []));
}

export function expectations(profileRef: string, asOf: string, version: string): Expectation[] {
  return caseFiles(join(process.cwd(), "fixtures", "cases")).flatMap((file) => {
    const c = JSON.parse(readFileSync(file, "utf8")) as { profileRef?: string; asOf: string; version?: string; expect: Record<string, { status: string; amount?: number }> };
    if (c.profileRef !== profileRef || c.asOf !== asOf || (c.version !== undefined && c.version !== version)) return [];
    return Object.entries(c.expect).map(([measure, e]) => ({ caseFile: file.slice(process.cwd().length + 1), measure, ...e }));
  });
}

export const readProfile = (ref: string) => JSON.parse(readFileSync(join(process.cwd(), ref), "utf8")) as Record<string, unknown>;
