/** Counting a file's non-blank lines, streamed: the expected row count for the progress bar. */
import { createReadStream } from "node:fs";

/**
 * @returns the number of lines holding something other than a line break (a last line without
 *          one counts); quoted line breaks inside CSV cells count too, so it is an upper bound for CSV rows
 */
export async function countLines(path: string): Promise<number> {
  let count = 0;
  let lineHasContent = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === 0x0a) {
        if (lineHasContent) count++;
        lineHasContent = false;
      } else if (b !== 0x0d) lineHasContent = true;
    }
  }
  return count + (lineHasContent ? 1 : 0);
}
