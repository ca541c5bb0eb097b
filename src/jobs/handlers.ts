/** The handler of each message type (one file each). */
import type { JobContext, JobOutcome } from "./context.js";
import type { JobMessage } from "./messages.js";
import { redecide } from "./redecide.js";
import { screenChunk } from "./screen-chunk.js";
import { webhook } from "./webhook.js";

export type { JobContext, JobOutcome } from "./context.js";

/** By type: the function that does a message's work. */
export const HANDLERS: { [T in JobMessage["type"]]: (job: Extract<JobMessage, { type: T }>, ctx: JobContext) => Promise<JobOutcome> } = {
  redecide,
  webhook,
  "screen-chunk": screenChunk,
};
