/** Starts the real Worker for the browser tests (scripts/dev-server.ts), shares its address, stops it afterwards. */
import type { TestProject } from "vitest/node";
import { startDevServer } from "../../scripts/dev-server.js";

declare module "vitest" {
  export interface ProvidedContext { baseURL: string }
}

export default async function setup(project: TestProject) {
  const server = await startDevServer();
  project.provide("baseURL", server.baseURL);
  return () => server.stop();
}
