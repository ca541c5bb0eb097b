/**
 * The catalog a request sees: the bundled versions plus the versions published to D1,
 * served alike. Rebuilt only when a new version has been published (the store's generation
 * changes); otherwise the parsed catalog is reused for the life of the isolate.
 */
import { BUNDLED_FILES, bundledCatalog } from "./bundled.js";
import { Catalog } from "./catalog.js";
import { PublishedStore } from "./store.js";

/** The catalog of the latest generation seen (a Worker has one `DB`; binding objects may differ between requests). */
let cached: { generation: number; catalog: Promise<Catalog> } | undefined;

/**
 * @param db the `DB` binding, or undefined where no database is bound (bundled versions only)
 * @throws Error when a stored version no longer parses (it passed lint when published)
 */
export async function liveCatalog(db: D1Database | undefined): Promise<Catalog> {
  if (!db) return bundledCatalog();
  const store = new PublishedStore(db);
  const generation = await store.generation();
  if (generation === 0) return bundledCatalog();
  if (cached?.generation === generation) return cached.catalog;
  const catalog = Promise.all([bundledCatalog(), store.bodies()]).then(([bundled, bodies]) => {
    // A bundled and a published version of one number cannot coexist (DESIGN.md): should a
    // deploy bring a file whose number was published meanwhile, the bundled one answers.
    const published = bodies.map((b) => JSON.parse(b) as { id: string; version: string }).filter((v) => {
      const clash = bundled.has(v.id, v.version);
      if (clash) console.error(`published ${v.id} ${v.version} is shadowed by the bundled file of that version`);
      return !clash;
    });
    return Catalog.load([...BUNDLED_FILES, ...published]);
  });
  cached = { generation, catalog };
  return catalog;
}
