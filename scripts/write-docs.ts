/**
 * `npm run docs:write [-- --help]`: writes docs/data-dictionary.md from the data dictionary, the
 * profile schema and the fact registry (src/profile/data-dictionary-doc.ts). A test fails when
 * the committed file is stale. Exit codes: 0 written; 2 bad arguments.
 */
import { writeFileSync } from "node:fs";
import { parseOrFail } from "../src/cli/args.js";
import { dataDictionaryMarkdown } from "../src/profile/data-dictionary-doc.js";

parseOrFail({}, {
  usage: "npm run docs:write",
  about: "Writes docs/data-dictionary.md from src/profile/dictionary/, the profile schema and the fact registry.",
  exit: "0 written; 2 bad arguments",
});
const file = new URL("../docs/data-dictionary.md", import.meta.url);
writeFileSync(file, dataDictionaryMarkdown());
console.log(`wrote ${file.pathname}`);
