import type { Database } from './create-client'

// The history's search index on SQLite (FTS5, migration session_search_fts) is a set of segments
// that FTS5 merges only partly as it grows: a search intersects each segment's lists. Merged into
// one, the probe of "grace lovelace" at 100,000 sessions went from 3.85 to 2.4 ms, and from 5.9 to
// 2.9 ms on a file just seeded (at a million, 13.6 to 9.8 ms). PostgreSQL's indexes need none of
// this. Written here, beside the hourly `PRAGMA optimize`, as the database's own upkeep.

/** One step of FTS5's incremental merge: about 500 pages, 45–50 ms at 100,000 sessions. */
const MERGE_STEP = `INSERT INTO "SalesnipSessionSearch"("SalesnipSessionSearch", rank) VALUES ('merge', -500)`

/**
 * Merges the search index a step at a time until it is merged or `budgetMs` has passed; the number
 * of steps that merged something. Each step is its own short write, so a create waits for one step
 * at most, never for the whole merge. A step with nothing left to merge writes nothing but the
 * command itself (SQLite's total_changes() counts the rest).
 */
export async function mergeSearchIndex(client: Database, budgetMs: number): Promise<number> {
  const started = performance.now()
  let steps = 0
  while (performance.now() - started < budgetMs) {
    const merged = await client.$transaction(async (tx) => {
      const changes = async () =>
        Number(
          (await tx.$queryRawUnsafe<{ n: number | bigint }[]>('SELECT total_changes() AS n'))[0]!.n,
        )
      const before = await changes()
      await tx.$executeRawUnsafe(MERGE_STEP)
      return (await changes()) - before > 1
    })
    if (!merged) break
    steps += 1
  }
  return steps
}
