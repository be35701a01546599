import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db/client'
import { listTeamMembers, memberNames } from '@/lib/team/members-data'
import { cursorOf, historyPageArgs } from './cursor'
import { searchMatches, searchPageIds } from './search-data'
import { statusPageIds } from './status-page-data'
import { findTemplatePage } from './template-data'
import { totalPageIds } from './total-page-data'
import type { HistoryQuery } from './query'
import { rowSelect, toHistoryRow, type HistoryRow, type Row } from './row'

// The team's shared history: every session and failed attempt, newest first, read a page at a time.

export type { HistoryRow } from './row'

/**
 * Every member's name, read once per request: the home page lists two views, History one, and a
 * team is small. (A member added since is looked up by repNames.)
 */
const memberNamesForPage = cache(
  async () => new Map((await listTeamMembers()).map((member) => [member.id, member.name])),
)

/** The names of the reps of these rows, added to `names` (which a whole export keeps). */
const repNames = (rows: Row[], names?: Map<string, string>) =>
  memberNames(
    rows.map((row) => row.createdById),
    names,
  )

export type HistoryPage = { rows: HistoryRow[]; next: string | null; previous: string | null }

/** One page of a view: `size` rows (History's page; the home page lists a few). */
export async function listHistory(
  query: HistoryQuery,
  memberId: string,
  size?: number,
): Promise<HistoryPage> {
  // The team's names are read beside the page (not after it): one round trip fewer on PostgreSQL.
  const [{ rows, take, backwards, field }, teamNames] = await Promise.all([
    searchMatches(query).then((matching) => findPage(query, memberId, matching, size)),
    memberNamesForPage(),
  ])
  const names = await repNames(rows, teamNames)
  const found = rows.map((row) => toHistoryRow(row, names))
  const more = found.length > take - 1
  const page = found.slice(0, take - 1)
  if (backwards) page.reverse()
  const first = page[0]
  const last = page.at(-1)
  return {
    rows: page,
    next: last && (backwards || more) ? cursorOf(last, field) : null,
    previous: first && (backwards ? more : Boolean(query.after)) ? cursorOf(first, field) : null,
  }
}

/** A template's sessions in order of creation are read join first (see template-data.ts). */
const templateByCreation = (query: HistoryQuery): query is HistoryQuery & { template: string } =>
  Boolean(query.template) && (!query.sort || query.sort === 'newest' || query.sort === 'oldest')

/** One page of a view and the row past it (there is more), in the page's order. */
async function findPage(
  query: HistoryQuery,
  memberId: string,
  matching: string[] | undefined,
  size: number | undefined,
) {
  if (templateByCreation(query)) return findTemplatePage(query, memberId, matching, rowSelect, size)
  let args = historyPageArgs(query, memberId, matching, size)
  if (!matching) {
    const seek = args.seekFrom === null ? null : { value: args.seekFrom, id: args.seekId }
    const place = { ...args, seek }
    // Its page's ids another way, where that is cheaper than the page's own query: a search
    // with more than a few matches from SQLite's index; a page by total on SQLite from the total's
    // index; a status word of two stored statuses one status at a time.
    const ids =
      (await searchPageIds(query, memberId, place)) ??
      (await totalPageIds(query, memberId, place)) ??
      (await statusPageIds(query, memberId, place))
    if (ids) args = historyPageArgs(query, memberId, ids, size)
  }
  const { where, orderBy, take, backwards, field } = args
  const rows = await db.salesnipSession.findMany({ where, orderBy, take, select: rowSelect })
  return { rows, take, backwards, field }
}
