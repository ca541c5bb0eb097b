/**
 * The catalog a request sees: the bundled versions plus the versions published to D1,
 * served alike, with the withdrawals recorded there. Rebuilt only when the stored rows change (the store's generation); otherwise
 * the parsed catalog is reused for the life of the isolate.
 *
 * Nothing stored can take the service down: a row that cannot be loaded is left out and
 * reported (`Catalog.unavailable`), and when D1 cannot be read the last catalog built (or the
 * bundled one) answers, marked as lacking the store (docs/operations.md).
 */
import { bundledCatalog } from "./bundled.js";
import { type Catalog, type LoadedRuleSet, loadRuleSet, RuleSetInvalidError } from "./catalog.js";
import { PublishedStore, type StoredRow } from "./store.js";
import type { UnavailableVersion } from "./unavailable.js";

/** The catalog of the latest generation seen (a Worker has one `DB`; binding objects may differ between requests). */
let cached: { generation: string; catalog: Promise<Catalog> } | undefined;
/** The last catalog built from the store, served (marked) while the store cannot be read. */
let lastBuilt: Catalog | undefined;

/**
 * @param db the `DB` binding, or undefined where no database is bound (bundled versions only)
 * @returns never rejects for what is stored or for D1 failing: see the file comment
 */
export async function liveCatalog(db: D1Database | undefined): Promise<Catalog> {
  if (!db) return bundledCatalog();
  const store = new PublishedStore(db);
  try {
    const generation = await store.generation();
    if (generation === PublishedStore.EMPTY) return bundledCatalog();
    if (cached?.generation !== generation) cached = { generation, catalog: build(store) };
    return await cached.catalog;
  } catch (e) {
    cached = undefined; // a failed read is not kept: the next request tries again
    console.error("the published rule-set versions cannot be read; serving without them", e);
    return (lastBuilt ?? (await bundledCatalog())).withoutStore();
  }
}

/** The bundled catalog with every stored row loaded, or reported when it cannot be, and the withdrawals. */
async function build(store: PublishedStore): Promise<Catalog> {
  const [bundled, rows, withdrawals] = await Promise.all([bundledCatalog(), store.rows(), store.withdrawals()]);
  const loaded: LoadedRuleSet[] = [];
  const unavailable: UnavailableVersion[] = [];
  for (const row of rows) {
    const v = loadStored(row);
    if (typeof v === "string") {
      console.error(`stored rule set ${row.id} ${row.version} (seq ${row.seq}) cannot be loaded: ${v}`);
      unavailable.push({ id: row.id, version: row.version, effectiveFrom: row.effectiveFrom, reason: v });
    } else if (bundled.has(v.ruleset.id, v.ruleset.version)) {
      // A bundled and a published version of one number cannot coexist (DESIGN.md): should a
      // deploy bring a file whose number was published meanwhile, the bundled one answers.
      console.error(`published ${row.id} ${row.version} is shadowed by the bundled file of that version`);
    } else {
      loaded.push(v);
    }
  }
  lastBuilt = bundled.with(loaded, unavailable).withWithdrawals(withdrawals);
  return lastBuilt;
}

/**
 * A stored row as a loaded version, or why it cannot be one: its text is not JSON, fails the
 * rule-set schema (a version spelt with a leading zero among them), names another version
 * than its row, or cannot be read at all (nesting too deep to parse, say).
 */
function loadStored(row: StoredRow): LoadedRuleSet | string {
  try {
    let raw: unknown;
    try {
      raw = JSON.parse(row.body);
    } catch (e) {
      return `its stored text is not valid JSON (${(e as Error).message})`;
    }
    let v: LoadedRuleSet;
    try {
      v = loadRuleSet(raw);
    } catch (e) {
      if (e instanceof RuleSetInvalidError) return `its stored text fails the rule-set schema at ${e.issues[0]}`;
      throw e;
    }
    const { id, version } = v.ruleset;
    if (id !== row.id || version !== row.version) return `its stored text is ${id} ${version}, its row says ${row.id} ${row.version}`;
    return v;
  } catch (e) {
    return `its stored text cannot be read (${e instanceof Error ? e.message : String(e)})`;
  }
}
