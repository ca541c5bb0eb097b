/**
 * D1 bindings that fail on purpose, for tests of what the service does when its store does:
 * one whose every query rejects (D1 unreachable), and a real one whose statements matching a
 * test reject (a write that fails while the rest works).
 */

const outage = () => Promise.reject(new Error("D1_ERROR: Network connection lost. (simulated by the test)"));

/** A D1 binding whose every query rejects, as when D1 cannot be reached. */
export function unreachableD1(): D1Database {
  const statement = { bind: () => statement, first: outage, all: outage, run: outage, raw: outage };
  return { prepare: () => statement, batch: outage, exec: outage, dump: outage } as unknown as D1Database;
}

/** `db`, except that statements whose SQL `fails` reject when run, alone or in a batch. */
export function d1Failing(db: D1Database, fails: (sql: string) => boolean): D1Database {
  const doomed = new WeakSet<object>();
  const prepare = (sql: string): D1PreparedStatement => {
    if (!fails(sql)) return db.prepare(sql);
    const statement = { bind: () => statement, first: outage, all: outage, run: outage, raw: outage };
    doomed.add(statement);
    return statement as unknown as D1PreparedStatement;
  };
  return {
    prepare,
    batch: (statements: D1PreparedStatement[]) => (statements.some((s) => doomed.has(s)) ? outage() : db.batch(statements)),
    exec: (sql: string) => db.exec(sql),
    dump: () => db.dump(),
  } as unknown as D1Database;
}
