// The shared history at 100,000 sessions, on one database: page times through the app, the CSV
// export's throughput, and the query plans of the page's own queries (index use, no full scans).
import { createDatabaseClient, type Database } from '@/lib/db/create-client'
import { encodeCursor } from '@/lib/keyset-cursor'
import { historyPageArgs } from '@/lib/history/cursor'
import type { HistoryQuery } from '@/lib/history/query'
import { seedHistory } from '@/lib/history/seed-history-data'
import { percentile, report, startApp } from './measure'
import { signInAsAdmin } from './sign-in'

const SESSIONS = 100_000
const SAMPLES = 100

export async function benchHistory(kind: 'sqlite' | 'postgres', databaseUrl: string) {
  console.log(
    `history on ${kind}: starting the app and seeding ${SESSIONS.toLocaleString('en')} sessions…`,
  )
  const app = await startApp({
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    SALESNIP_API_KEY: '',
  })
  const db = createDatabaseClient(databaseUrl)
  try {
    const seeded = performance.now()
    await seedHistory(databaseUrl, SESSIONS, () => {})
    console.log(`seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`)
    await db.$executeRawUnsafe('ANALYZE') // fresh statistics, as a long-running database has
    // The app closed the idle keep-alive socket while seeding: the first call may meet it closed.
    const cookie = await signInAsAdmin(app.baseUrl).catch(() => signInAsAdmin(app.baseUrl))
    const admin = await db.user.findUniqueOrThrow({ where: { email: 'admin@northwind.test' } })
    const members = await db.user.findMany({ select: { id: true } })
    const deep = await deepCursor(db)

    const views: Record<string, (i: number) => HistoryQuery> = {
      first_page: () => ({}),
      search: (i) => ({
        q: ['hooli', 'grace lovelace', 'crm-42', 'sso / saml', 'wonka kk'][i % 5],
      }),
      filters: (i) => ({
        rep: members[i % members.length]!.id,
        status: (['accepted', 'sent', 'failed'] as const)[i % 3],
        currency: (['USD', 'EUR'] as const)[i % 2],
      }),
      deep_page: () => ({ after: deep }),
    }
    for (const [name, view] of Object.entries(views)) {
      const samples: number[] = []
      for (let i = 0; i < SAMPLES + 5; i += 1) {
        const started = performance.now()
        const response = await fetch(
          `${app.baseUrl}/history?${new URLSearchParams(view(i) as Record<string, string>)}`,
          {
            headers: { cookie },
            redirect: 'manual',
          },
        )
        await response.arrayBuffer()
        if (response.status !== 200) throw new Error(`history ${name}: ${response.status}`)
        if (i >= 5) samples.push(performance.now() - started)
      }
      console.log(
        `history ${name}: ${SAMPLES} page loads (after 5 warm-up), e.g. ${JSON.stringify(view(0))}`,
      )
      report(`history.${kind}.${name}.p95_ms`, percentile(samples, 95), 'ms')
    }

    const started = performance.now()
    const response = await fetch(`${app.baseUrl}/api/history/export`, { headers: { cookie } })
    const text = await response.text()
    const seconds = (performance.now() - started) / 1000
    const rows = text.split('\r\n').length - 2 // the header, and the empty end after the last line
    console.log(
      `history export: ${rows.toLocaleString('en')} rows, ${(text.length / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s`,
    )
    if (rows !== SESSIONS) throw new Error(`the export has ${rows} rows, not ${SESSIONS}`)
    report(`history.${kind}.export.rows_per_s`, rows / seconds, 'rows/s')

    await printPlans(kind, databaseUrl, admin.id, {
      first_page: {},
      search: { q: 'hooli' },
      search_rare: { q: 'crm-12345' },
      filters: { rep: admin.id, status: 'accepted', currency: 'EUR' },
      deep_page: { after: deep },
      template_filter: {
        template: (await db.template.findFirstOrThrow({ where: { productId: 'sso-saml' } })).id,
      },
    })
  } finally {
    await db.$disconnect()
    app.stop()
  }
}

/** The cursor of the 90,000th newest session: a page that deep costs what the first does. */
async function deepCursor(db: Database): Promise<string> {
  const [row] = await db.salesnipSession.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: 90_000,
    take: 1,
    select: { id: true, createdAt: true },
  })
  return encodeCursor({ value: String(row!.createdAt.getTime()), id: row!.id })
}

type QueryEvent = { query: string; params: string }

/** Runs each view's page query (the app's own arguments), catches its SQL, and explains it. */
async function printPlans(
  kind: 'sqlite' | 'postgres',
  databaseUrl: string,
  memberId: string,
  views: Record<string, HistoryQuery>,
) {
  const caught: QueryEvent[] = []
  const db = createDatabaseClient(databaseUrl, { onQuery: (event) => caught.push(event) })
  try {
    for (const [name, view] of Object.entries(views)) {
      const { where, orderBy, take } = historyPageArgs(view, memberId)
      caught.length = 0
      await db.salesnipSession.findMany({ where, orderBy, take, select: { id: true } })
      const query = caught.find((event) =>
        /FROM ([`"]\w+[`"]\.)?[`"]SalesnipSession[`"]/.test(event.query),
      )
      if (!query) throw new Error(`no SQL caught for history ${name}: ${caught.length} statements`)
      const params = JSON.parse(query.params) as unknown[]
      const explain = kind === 'sqlite' ? 'EXPLAIN QUERY PLAN ' : 'EXPLAIN '
      const plan = await db.$queryRawUnsafe<Record<string, unknown>[]>(
        `${explain}${query.query}`,
        ...params,
      )
      console.log(`\nquery plan (${kind}) of history ${name}:\n  ${query.query}`)
      for (const line of plan) console.log(`  ${String(line.detail ?? line['QUERY PLAN'])}`)
    }
  } finally {
    await db.$disconnect()
  }
}
