/** Runs a TypeScript entry point as a person runs the command (node + tsx), for tests of exit codes and output. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const TSX = join(process.cwd(), "node_modules/tsx/dist/cli.mjs");

/** @returns its exit code, stdout and stderr (colour off) */
export async function runTsx(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [TSX, script, ...args], { cwd: process.cwd(), env: { ...process.env, FORCE_COLOR: "0" } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
