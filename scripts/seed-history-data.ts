// The history seeder behind `npm run seed:history` (and the benchmark's 100,000 sessions): realistic
// sessions (buyers, companies, reps, catalogue products, outcomes, failures), written in bulk.
import { createDatabaseClient, type Database } from '@/lib/db/create-client'
import { buildSessionBody } from '@/lib/salesnip/build-session-body'
import { minorToPlainText } from '@/lib/salesnip/money'
import { serialiseSessionBody } from '@/lib/salesnip/serialise'
import { BUYER_METADATA_KEYS } from '@/lib/sessions/compose-body'
import { templateLine, type TemplateValues } from '@/lib/templates/record'
import { recordOf, recordSelect } from '@/lib/templates/record-row'
import { bulkInserter } from './bulk-insert'

const FIRST = [
  'Ada',
  'Grace',
  'Linus',
  'Margaret',
  'Alan',
  'Barbara',
  'Ken',
  'Radia',
  'Tim',
  'Hedy',
  'Dennis',
  'Frances',
  'Guido',
  'Katherine',
  'Edsger',
  'Sophie',
  'Yukihiro',
  'Anders',
  'Jean',
  'Niklaus',
]
const LAST = [
  'Lovelace',
  'Hopper',
  'Torvalds',
  'Hamilton',
  'Turing',
  'Liskov',
  'Thompson',
  'Perlman',
  'Berners-Lee',
  'Lamarr',
  'Ritchie',
  'Allen',
  'van Rossum',
  'Johnson',
  'Dijkstra',
  'Wilson',
  'Matsumoto',
  'Hejlsberg',
  'Bartik',
  'Wirth',
]
const COMPANIES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark Industries',
  'Wayne Enterprises',
  'Wonka',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Vandelay',
  'Pied Piper',
  'Aperture',
  'Gringotts',
  'Oscorp',
  'Monsters Inc',
  'Dunder Mifflin',
  'Prestige Worldwide',
  'Black Mesa',
]
const SUFFIXES = ['GmbH', 'Ltd', 'Inc', 'SA', 'BV', 'AB', 'KK', 'Pty']

// A fixed seed: the same count gives the same history, so benchmark runs compare.
// mulberry32: small, fast, and exact in 32-bit integer arithmetic.
let state = 20261125
function random(): number {
  state = (state + 0x6d2b79f5) | 0
  let t = Math.imul(state ^ (state >>> 15), 1 | state)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!

/**
 * Adds `count` sessions of history to the database (migrated and seeded with a team and a
 * catalogue). Deterministic: the same count gives the same history.
 */
export async function seedHistory(
  databaseUrl: string,
  count: number,
  log: (line: string) => void = console.log,
): Promise<void> {
  state = 20261125
  const COUNT = count
  const db = createDatabaseClient(databaseUrl)
  const members = await db.user.findMany({ select: { id: true, name: true, email: true } })
  const active = await db.template.findMany({ where: { archivedAt: null }, select: { id: true } })
  const templates = await templateRecords(
    db,
    active.map((row) => row.id),
  )
  const CURRENCIES = ['USD', 'USD', 'USD', 'EUR', 'EUR', 'GBP'] as const
  const inCurrency = (currency: string) =>
    templates.filter((template) => template.values.prices.some((p) => p.currency === currency))

  const inserter = await bulkInserter(databaseUrl)
  const started = performance.now()
  const BATCH = 500
  const now = Date.now()
  for (let offset = 0; offset < COUNT; offset += BATCH) {
    const sessions = []
    const links = []
    const attempts = []
    for (let i = offset; i < Math.min(COUNT, offset + BATCH); i += 1) {
      const id = `seed${String(i).padStart(7, '0')}${Math.floor(random() * 1e9).toString(36)}`
      // Newer sessions are more frequent: a growing team over the last year.
      const createdAt = new Date(now - Math.floor(random() ** 2 * 365 * 86_400_000))
      const rep = pick(members)
      const first = pick(FIRST)
      const last = pick(LAST)
      const company = `${pick(COMPANIES)} ${pick(SUFFIXES)}`
      const buyer = {
        name: `${first} ${last}`,
        email:
          `${first}.${last.replace(/\W/g, '')}@${company.split(' ')[0]!.toLowerCase()}.example`.toLowerCase(),
        company,
        dealReference: `CRM-${10_000 + Math.floor(random() * 90_000)}`,
      }
      const currency = pick(CURRENCIES)
      const candidates = inCurrency(currency)
      const chosen = [
        ...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(candidates))),
      ]
      const lines = chosen.map((template) => {
        const price = template.values.prices.find((p) => p.currency === currency)!
        return { template, line: templateLine(template.values, price), price }
      })
      const body = buildSessionBody({
        projectId: 'project_demo',
        currency,
        products: lines.map(({ line }) => line),
        metadata: {
          [BUYER_METADATA_KEYS.name]: buyer.name,
          [BUYER_METADATA_KEYS.email]: buyer.email,
          [BUYER_METADATA_KEYS.company]: buyer.company,
          [BUYER_METADATA_KEYS.dealReference]: buyer.dealReference,
        },
      })
      const openingTotal = lines.reduce(
        (sum, { line }) => sum + line.openingMinor * (line.quantity?.initial ?? 1),
        0,
      )
      const roll = random()
      const status =
        roll < 0.35
          ? 'complete'
          : roll < 0.7
            ? 'active'
            : roll < 0.85
              ? 'created'
              : roll < 0.95
                ? 'failed'
                : 'unknown'
      const created = ['complete', 'active', 'created'].includes(status)
      const salesnipId = created ? `session_${hex(32)}` : null
      // An agreed price somewhere between the floor and the opening price.
      const agreed = lines.map(({ price }) =>
        Math.round(price.floorMinor + random() * (price.openingMinor - price.floorMinor)),
      )
      const read = status === 'complete' || status === 'active'
      const agreedTotal = lines.reduce(
        (sum, { line }, index) => sum + agreed[index]! * (line.quantity?.initial ?? 1),
        0,
      )
      const productNames = lines.map(({ line }) => line.name)
      sessions.push({
        id,
        idempotencyKey: crypto.randomUUID(),
        status,
        salesnipId,
        url: salesnipId ? `https://chat.salesnip.com/#${salesnipId}` : null,
        projectId: 'project_demo',
        currency,
        openingTotalMinor: BigInt(openingTotal),
        buyerName: buyer.name,
        buyerEmail: buyer.email,
        buyerCompany: buyer.company,
        dealReference: buyer.dealReference,
        productNames: JSON.stringify(productNames),
        productCount: productNames.length,
        requestBody: serialiseSessionBody(body),
        responseBody: salesnipId
          ? JSON.stringify({ id: salesnipId, url: `https://chat.salesnip.com/#${salesnipId}` })
          : null,
        composition: JSON.stringify(composition(buyer, currency, lines)),
        templateVersions: JSON.stringify(
          lines.map(({ template }) => ({
            templateId: template.id,
            productId: template.values.productId,
            version: template.version,
          })),
        ),
        errorCode: status === 'failed' ? 'upstream-error' : status === 'unknown' ? 'timeout' : null,
        errorMessage:
          status === 'failed'
            ? 'SaleSnip had an error on its side.'
            : status === 'unknown'
              ? 'SaleSnip did not answer in time.'
              : null,
        outcomeStatus: read ? status.toUpperCase() : null,
        outcome: read
          ? JSON.stringify(
              lines.map(({ line, price }, index) => ({
                id: line.id,
                name: line.name,
                openingMinor: price.openingMinor,
                floorMinor: price.floorMinor,
                agreedMinor: agreed[index],
                quantity: line.quantity
                  ? { agreed: line.quantity.initial, opening: line.quantity.initial }
                  : null,
                discountBp: Math.round(
                  ((price.openingMinor - agreed[index]!) / price.openingMinor) * 10_000,
                ),
                main: true,
              })),
            )
          : null,
        outcomeReadAt: read ? new Date(createdAt.getTime() + 3_600_000) : null,
        agreedTotalMinor: read ? BigInt(agreedTotal) : null,
        discountBp: read
          ? Math.round(((openingTotal - agreedTotal) / openingTotal) * 10_000)
          : null,
        searchText: [
          buyer.name,
          buyer.email,
          buyer.company,
          buyer.dealReference,
          ...productNames,
          rep.name,
          rep.email,
          salesnipId ?? '',
        ]
          .join(' ')
          .toLowerCase(),
        createdById: rep.id,
        createdAt,
        updatedAt: createdAt,
      })
      for (const { template } of lines) {
        links.push({
          sessionId: id,
          templateId: template.id,
          createdAt,
          accepted: status === 'complete',
        })
      }
      attempts.push({
        id: `${id}a`,
        sessionId: id,
        outcome: created ? 'created' : status === 'failed' ? 'upstream-error' : 'timeout',
        httpStatus: created ? 201 : status === 'failed' ? 500 : null,
        message: created
          ? ''
          : status === 'failed'
            ? 'SaleSnip had an error on its side.'
            : 'SaleSnip did not answer in time.',
        durationMs: created ? 180 + Math.floor(random() * 300) : status === 'failed' ? 90 : 10_000,
        startedAt: createdAt,
        finishedAt: createdAt,
      })
    }
    // Sessions first: the other two refer to them.
    await inserter.insert('SalesnipSession', sessions)
    await inserter.insert('SalesnipSessionTemplate', links)
    await inserter.insert('SalesnipAttempt', attempts)
    if ((offset / BATCH) % 20 === 19) log(`  ${offset + BATCH} sessions…`)
  }
  await db.$disconnect()
  await inserter.close()
  log(
    `Seeded ${COUNT} sessions of history in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  )
}

function composition(
  buyer: { name: string; email: string; company: string; dealReference: string },
  currency: string,
  lines: {
    template: { id: string; values: TemplateValues }
    line: {
      openingMinor: number
      floorMinor: number
      quantity?: { initial: number; minimum: number; maximum: number }
    }
  }[],
) {
  const text = (minor: number) => minorToPlainText(minor, currency)
  return {
    idempotencyKey: crypto.randomUUID(),
    draftId: '',
    projectId: 'project_demo',
    currency,
    callbacks: { success: '', cancel: '' },
    buyer,
    metadata: [],
    lines: lines.map(({ template, line }) => ({
      templateId: template.id,
      opening: text(line.openingMinor),
      floor: text(line.floorMinor),
      quantity: {
        initial: String(line.quantity?.initial ?? ''),
        minimum: String(line.quantity?.minimum ?? ''),
        maximum: String(line.quantity?.maximum ?? ''),
      },
      upsell: false,
    })),
    crossSells: [],
    dismissedCrossSellIds: [],
  }
}

/** The catalogue's templates, read with the seeder's own client the way the app reads them. */
async function templateRecords(db: Database, ids: string[]) {
  const rows = await db.template.findMany({
    where: { id: { in: ids } },
    orderBy: { productId: 'asc' },
    select: recordSelect,
  })
  return rows.map(recordOf)
}

function hex(length: number): string {
  let text = ''
  while (text.length < length) text += Math.floor(random() * 16).toString(16)
  return text
}
