// The shared history at 100,000 sessions (and at larger scales when asked), on one database: page
// and dashboard times through the app beside the home page, the CSV export's throughput and memory,
// and the query plans of the page's own queries (index use, no full scans).
import { createDatabaseClient, type Database } from '@/lib/db/create-client'
import { encodeCursor } from '@/lib/keyset-cursor'
import { historyPageArgs } from '@/lib/history/cursor'
import { HISTORY_COUNT_CAP, searchCountStatement } from '@/lib/history/count-data'
import { historyWhere, type HistoryQuery } from '@/lib/history/query'
import type { SqlStatement } from '@/lib/history/view-sql'
import { rollupSpans } from '@/lib/dashboard/rollup-spans'
import { searchPageStatement } from '@/lib/history/search-data'
import { rowidAmong, searchProbeStatement } from '@/lib/history/search-index-data'
import { statusPageStatement } from '@/lib/history/status-page-data'
import { templateCountStatement } from '@/lib/history/template-data'
import { totalPageStatement } from '@/lib/history/total-page-data'
import { seedHistory } from '@/lib/history/seed-history-data'
import { report, startApp, timeInterleaved } from './measure'
import { pageTimes, reportRatio, timeBaselines, type PageTimes } from './pages'
import { signInAsAdmin } from './sign-in'

const BASE_SCALE = 100_000
const SAMPLES = 100
const METRICS_TOKEN = 'bench-metrics-token-0123456789'

type Figures = Record<string, PageTimes>

/**
 * The history at 100,000 sessions, then, for each larger scale asked for (`--scale 1000000`), grown
 * to it and measured again: each figure is also printed as a ratio to the home page of the same
 * moment, and a larger scale's as its growth over the 100,000 figure.
 */
export async function benchHistory(
  kind: 'sqlite' | 'postgres',
  databaseUrl: string,
  scales: number[] = [BASE_SCALE],
) {
  console.log(`history on ${kind}: starting the app…`)
  const app = await startApp({
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    SALESNIP_API_KEY: '',
    BENCH_BARE_PAGE: 'true',
    METRICS_TOKEN,
  })
  const db = createDatabaseClient(databaseUrl)
  try {
    let seeded = 0
    let base: Figures | null = null
    for (const scale of [...new Set([BASE_SCALE, ...scales])].sort((a, b) => a - b)) {
      const started = performance.now()
      console.log(`seeding ${(scale - seeded).toLocaleString('en')} sessions…`)
      await seedHistory(databaseUrl, scale - seeded, () => {}, seeded)
      seeded = scale
      console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      // Fresh statistics, as a long-running database has; on PostgreSQL also the visibility map that
      // autovacuum keeps, without which an index-only scan still visits every row it finds.
      await db.$executeRawUnsafe(kind === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE')
      const label = scale === BASE_SCALE ? kind : `${kind}.${scaleName(scale)}`
      const figures = await measureScale(app.baseUrl, db, `history.${label}`, scale)
      if (base) {
        for (const [name, times] of Object.entries(figures))
          report(`history.${label}.${name}.growth_from_100k`, times.p95 / base[name]!.p95, 'x')
      } else base = figures
      await benchExport(app.baseUrl, db, `history.${label}`, scale)
      await printPlans(kind, databaseUrl, scale, await planViews(db, kind))
    }
  } finally {
    await db.$disconnect()
    app.stop()
  }
}

const scaleName = (scale: number) =>
  scale % 1_000_000 === 0 ? `${scale / 1_000_000}m` : `${scale / 1_000}k`

async function measureScale(
  baseUrl: string,
  db: Database,
  prefix: string,
  scale: number,
): Promise<Figures> {
  // The app closed the idle keep-alive socket while seeding: the first call may meet it closed.
  const cookie = await signInAsAdmin(baseUrl).catch(() => signInAsAdmin(baseUrl))
  await timeBaselines(baseUrl, cookie, `${prefix}.`)
  const members = await db.user.findMany({ select: { id: true } })
  const templates = await db.template.findMany({ select: { id: true }, orderBy: { id: 'asc' } })
  const deep = await deepCursor(db, Math.floor(scale * 0.9))
  const day = (daysAgo: number) =>
    new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)
  const views: Record<string, { path: string; query: (i: number) => Record<string, string> }> = {
    first_page: { path: '/history', query: () => ({}) },
    search: {
      path: '/history',
      query: (i) => ({
        q: ['hooli', 'grace lovelace', 'crm-42', 'sso / saml', 'wonka kk'][i % 5]!,
      }),
    },
    filters: {
      path: '/history',
      query: (i) => ({
        rep: members[i % members.length]!.id,
        status: (['accepted', 'sent', 'failed'] as const)[i % 3]!,
        currency: (['USD', 'EUR'] as const)[i % 2]!,
      }),
    },
    // Not named by the goals, but a rep's everyday views that once sorted every match on SQLite:
    // a status alone ("Sent" is two stored statuses) and a rep's sessions by opening total.
    status_filter: {
      path: '/history',
      query: (i) => ({ status: (['sent', 'accepted', 'failed'] as const)[i % 3]! }),
    },
    total_sort: {
      path: '/history',
      query: (i) => ({ rep: members[i % members.length]!.id, sort: 'total_desc' }),
    },
    template_filter: {
      path: '/history',
      query: (i) => ({ template: templates[i % templates.length]!.id }),
    },
    deep_page: { path: '/history', query: () => ({ after: deep }) },
    dashboard_30d: { path: '/dashboard', query: () => ({}) },
    dashboard_year: { path: '/dashboard', query: () => ({ from: day(365), to: day(0) }) },
  }
  const figures: Figures = {}
  for (const [name, view] of Object.entries(views)) {
    // Each view's ratio is to home page loads taken in turn with its own (the baseline above is
    // minutes away by then, and a noisy minute would land on one side only).
    const [samples, homeSamples] = await timeInterleaved(
      [
        { url: (i) => `${baseUrl}${view.path}?${new URLSearchParams(view.query(i))}`, cookie },
        { url: `${baseUrl}/`, cookie },
      ],
      SAMPLES,
      { warmUp: 5 },
    )
    console.log(
      `${prefix} ${name}: ${SAMPLES} page loads (after 5 warm-up), each followed or preceded by one of the home page, e.g. ${JSON.stringify(view.query(0))}`,
    )
    figures[name] = pageTimes(samples!)
    const pairedHome = pageTimes(homeSamples!)
    report(`${prefix}.${name}.p95_ms`, figures[name].p95, 'ms')
    report(`${prefix}.${name}.home_p95_ms`, pairedHome.p95, 'ms')
    reportRatio(`${prefix}.${name}`, 'home', figures[name], pairedHome)
  }
  return figures
}

/** The full CSV export: its rows a second, and how much the server's memory grew meanwhile. */
export async function benchExport(baseUrl: string, db: Database, prefix: string, scale: number) {
  const cookie = await signInAsAdmin(baseUrl)
  const rss = async () => {
    const response = await fetch(`${baseUrl}/api/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    })
    const text = await response.text()
    return Number(/^process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? NaN)
  }
  const before = await rss()
  let peak = before
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await rss())
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  const started = performance.now()
  const response = await fetch(`${baseUrl}/api/history/export`, { headers: { cookie } })
  // Read as a stream and counted, never held whole (a million rows are hundreds of megabytes).
  let rows = -1 // the header line
  const decoder = new TextDecoder()
  for await (const chunk of response.body!) {
    const text = decoder.decode(chunk, { stream: true })
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) rows += 1
  }
  const seconds = (performance.now() - started) / 1000
  sampling = false
  await sampler
  // And once more when the download is over: a busy server may not have answered the sampler while
  // it streamed, and its RSS does not shrink back at once, so this reading holds the growth.
  peak = Math.max(peak, await rss())
  const expected = await db.salesnipSession.count({ where: { replacedById: null } })
  console.log(
    `${prefix} export: ${rows.toLocaleString('en')} rows in ${seconds.toFixed(2)} s; server RSS ${(before / 1e6).toFixed(0)} MB before, ${(peak / 1e6).toFixed(0)} MB at most`,
  )
  if (rows !== expected || rows < scale * 0.9)
    throw new Error(`the export has ${rows} rows, not ${expected}`)
  report(`${prefix}.export.rows_per_s`, rows / seconds, 'rows/s')
  report(`${prefix}.export.rss_growth_mb`, (peak - before) / 1e6, 'MB')
}

type PlannedQuery = (db: Database) => Promise<unknown>

/**
 * The statements each view's page sends, as the data modules build them (lib/history, lib/dashboard):
 * its rows, its capped count, the template filter's walk through its links, the dashboard's rollup.
 */
async function planViews(
  db: Database,
  kind: 'sqlite' | 'postgres',
): Promise<Record<string, PlannedQuery>> {
  const admin = await db.user.findUniqueOrThrow({ where: { email: 'admin@northwind.test' } })
  const count = await db.salesnipSession.count()
  const template = (await db.template.findFirstOrThrow({ where: { productId: 'sso-saml' } })).id
  const page = (view: HistoryQuery): PlannedQuery => {
    const { where, orderBy, take } = historyPageArgs(view, admin.id)
    return (client) =>
      client.salesnipSession.findMany({ where, orderBy, take, select: { id: true } })
  }
  // As countNewestCapped (lib/history/data.ts) counts: newest first, one stored status at a time.
  const count1000 = (view: HistoryQuery): PlannedQuery => {
    const where = historyWhere(view, admin.id)
    const status = where.status as { in: string[] } | undefined
    return (client) =>
      client.salesnipSession.count({
        where: status ? { ...where, status: status.in[0] } : where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 1_001,
      })
  }
  const filters: HistoryQuery = { rep: admin.id, status: 'accepted', currency: 'EUR' }
  const today = new Date().toISOString().slice(0, 10)
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10)
  const yearSpans = rollupSpans(yearAgo, today)
  return {
    first_page: page({}),
    first_page_count: count1000({}),
    search: page({ q: 'hooli' }),
    filters: page(filters),
    filters_count: count1000(filters),
    deep_page: page({ after: await deepCursor(db, Math.floor(count * 0.9)) }),
    // The template filter, join first (lib/history/template-data.ts): its links, then their sessions.
    template_filter_links: (client) =>
      client.salesnipSessionTemplate.findMany({
        where: { templateId: template },
        orderBy: [{ createdAt: 'desc' }, { sessionId: 'desc' }],
        take: 52,
        select: { sessionId: true, createdAt: true },
      }),
    template_filter_sessions: async (client) => {
      const links = await db.salesnipSessionTemplate.findMany({
        where: { templateId: template },
        orderBy: [{ createdAt: 'desc' }, { sessionId: 'desc' }],
        take: 52,
        select: { sessionId: true },
      })
      const { where, orderBy, take } = historyPageArgs({}, admin.id)
      return client.salesnipSession.findMany({
        where: { AND: [where, { id: { in: links.map((link) => link.sessionId) } }] },
        orderBy,
        take,
        select: { id: true },
      })
    },
    // Its capped count: each link's session checked from SalesnipSession(id, replacedById) alone.
    template_filter_count: explainedStatement(
      templateCountStatement({ template }, admin.id, undefined, HISTORY_COUNT_CAP, kind),
    ),
    // SQLite's own reads: status-page-data.ts, total-page-data.ts and search-data.ts; PostgreSQL's
    // capped count of a search, in any order (count-data.ts).
    ...(kind === 'sqlite'
      ? sqlitePageReads(admin.id)
      : {
          search_count: explainedStatement(
            searchCountStatement({ q: 'hooli' }, admin.id, HISTORY_COUNT_CAP + 1),
          ),
        }),
    // A year as the dashboard reads it (lib/dashboard/data.ts): whole months, and the days either side.
    dashboard_year_months: (client) =>
      client.sessionMonthRollup.groupBy({
        by: ['createdById', 'status', 'currency', 'opened'],
        where: { month: yearSpans.months! },
        _sum: { sessions: true },
      }),
    dashboard_year_days: (client) =>
      client.sessionDayRollup.groupBy({
        by: ['createdById', 'status', 'currency', 'opened'],
        where: { OR: yearSpans.days.map((span) => ({ day: span })) },
        _sum: { sessions: true },
      }),
  }
}

/**
 * "Sent" (two stored statuses) merged from one ordered read each; a rep's page by total, walked; a
 * search's matches read from the FTS5 index, and a page read over the matches it found.
 */
function sqlitePageReads(adminId: string): Record<string, PlannedQuery> {
  const place = (view: HistoryQuery) => {
    const { field, direction, take } = historyPageArgs(view, adminId)
    return { field, direction, take, seek: null }
  }
  const sent: HistoryQuery = { status: 'sent' }
  const byTotal: HistoryQuery = { rep: adminId, sort: 'total_desc' }
  return {
    status_sent: explainedStatement(statusPageStatement(sent, adminId, place(sent))!),
    total_sort: explainedStatement(totalPageStatement(byTotal, adminId, place(byTotal))),
    search_index: explainedStatement(searchProbeStatement('grace lovelace')),
    search_page_of_matches: explainedStatement(
      searchPageStatement({}, adminId, place({}), (sql) => rowidAmong(sql, [1, 2, 3])),
    ),
  }
}

/** A statement written by a data module, as the bench explains it. */
const explainedStatement =
  (statement: SqlStatement): PlannedQuery =>
  (client) =>
    client.$queryRawUnsafe(statement.sql, ...statement.values)

/** The cursor of the nth newest session: a page that deep should cost what the first does. */
async function deepCursor(db: Database, skip: number): Promise<string> {
  const [row] = await db.salesnipSession.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip,
    take: 1,
    select: { id: true, createdAt: true },
  })
  return encodeCursor({ value: String(row!.createdAt.getTime()), id: row!.id })
}

type QueryEvent = { query: string; params: string }

/** Runs each view's queries (the app's own arguments), catches their SQL, and explains it. */
async function printPlans(
  kind: 'sqlite' | 'postgres',
  databaseUrl: string,
  scale: number,
  views: Record<string, PlannedQuery>,
) {
  const caught: QueryEvent[] = []
  const db = createDatabaseClient(databaseUrl, { onQuery: (event) => caught.push(event) })
  try {
    for (const [name, run] of Object.entries(views)) {
      caught.length = 0
      await run(db)
      const query = caught.find((event) => /^\s*SELECT/i.test(event.query))
      if (!query) throw new Error(`no SQL caught for ${name}: ${caught.length} statements`)
      const params = JSON.parse(query.params) as unknown[]
      const explain = kind === 'sqlite' ? 'EXPLAIN QUERY PLAN ' : 'EXPLAIN '
      const plan = await db.$queryRawUnsafe<Record<string, unknown>[]>(
        `${explain}${query.query}`,
        ...params,
      )
      console.log(
        `\nquery plan (${kind}, ${scale.toLocaleString('en')} sessions) of ${name}:\n  ${query.query}`,
      )
      for (const line of plan) console.log(`  ${String(line.detail ?? line['QUERY PLAN'])}`)
    }
  } finally {
    await db.$disconnect()
  }
}
