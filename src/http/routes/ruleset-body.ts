/** What the rule-set routes share: path parameters, the body schema and its 1 MiB limit. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import * as z from "zod";
import { Version } from "../../ruleset/schema.js";
import type { AppEnv } from "../env.js";
import { jsonBody } from "../json-body.js";

/** 1 MiB: the limit for a rule set (DESIGN.md "Errors and limits"). */
export const RULESET_BODY_LIMIT = 1024 * 1024;

/** `{id}` and `{version}` of a rule-set version path. */
export const VersionParams = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "rule-set id must be kebab-case" }),
  version: Version,
});

/** A rule set as JSON: any object here; lint judges it (422 with pointers), not the request validator. */
export const RuleSetBody = z.record(z.string(), z.unknown()).describe("a rule set (rules/ruleset.schema.json)");

/**
 * The rule set exactly as sent (after the validator has checked it is an object): lint must
 * see, and the hash cover, every key — the validator's copy is rebuilt key by key, which
 * silently drops a `"__proto__"` key (lint refuses it: `prototype-key`).
 */
export const rawRuleSet = async (c: Context<AppEnv>): Promise<Record<string, unknown>> => (await c.req.json()) as Record<string, unknown>;

/** The JSON body gate at `path` with the 1 MiB limit: 413 past it, 415 compressed, another charset or not UTF-8. */
export function withBodyLimit(app: OpenAPIHono<AppEnv>, path: string): void {
  app.use(path, jsonBody({ maxSize: RULESET_BODY_LIMIT, tooLarge: "a body here is limited to 1 MiB" }));
}
