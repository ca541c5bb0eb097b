/**
 * The rule-set versions bundled with the Worker (`rules/<id>/<version>.json`), imported at
 * build time so the Worker needs no file system. Add a line here when you add a version file.
 */
import { Catalog } from "./catalog.js";
import baotou_2023_1_0 from "../../rules/baotou-rare-earth-hi-tech-zone/2023.1.0.json";
import baotou_2025_1_0 from "../../rules/baotou-rare-earth-hi-tech-zone/2025.1.0.json";
import baotou_2025_2_0 from "../../rules/baotou-rare-earth-hi-tech-zone/2025.2.0.json";

/** The default rule set's id. */
export const DEFAULT_RULESET_ID = "baotou-rare-earth-hi-tech-zone";

/** The parsed files, in version order. */
export const BUNDLED_FILES: readonly unknown[] = [baotou_2023_1_0, baotou_2025_1_0, baotou_2025_2_0];

let catalog: Promise<Catalog> | undefined;

/** The bundled catalog, parsed and hashed once per isolate (or process). */
export function bundledCatalog(): Promise<Catalog> {
  catalog ??= Catalog.load(BUNDLED_FILES);
  return catalog;
}
