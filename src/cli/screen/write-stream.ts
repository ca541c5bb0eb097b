/** Writing to a Node stream with backpressure. */
import { once } from "node:events";
import type { Writable } from "node:stream";

/**
 * Writes a chunk (or an object, in object mode) and waits for `drain` when the stream's buffer is full.
 * @throws the stream's error if it fails while we wait
 */
export async function writeChunk(stream: Writable, chunk: unknown): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

/** Ends a stream and waits until everything is flushed (`finish`), or throws its error. */
export async function endStream(stream: Writable): Promise<void> {
  const done = once(stream, "finish");
  stream.end();
  await done;
}
