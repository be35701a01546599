// The history seeder behind `npm run seed:history` (and the benchmark's 100,000 sessions): realistic
// sessions (buyers, companies, reps, catalogue products, outcomes, failures), written in bulk.
import { createDatabaseClient } from '@/lib/db/create-client'
import { mergeSearchIndex } from '@/lib/db/search-index-upkeep'
import { toRole } from '@/lib/auth/roles'
import { lineFrom } from '@/lib/compose/lines'
import { emptyComposeForm, type ComposeForm } from '@/lib/compose/schema'
import type { ComposeTemplate, TemplateLookup } from '@/lib/compose/template-lookup'
import { evaluateComposition } from '@/lib/compose/evaluate'
import { summariseOutcome } from '@/lib/outcomes/summary'
import { sessionSearchText } from '@/lib/sessions/search-text'
import { readTemplateRecords } from '@/lib/templates/record-row'
import { COMPANIES, FIRST, LAST, SUFFIXES } from './seed-history-names'
import { agreedBetween, hex, pick, random, resetRandom } from './seed-random'

/**
 * Adds `count` sessions of history to the database (migrated and seeded with a team and a
 * catalogue). Deterministic: the same count gives the same history. `after` continues a history
 * already seeded with that many sessions (the benchmark grows 100,000 to 1,000,000).
 */
export async function seedHistory(
  databaseUrl: string,
  count: number,
  log: (line: string) => void = console.log,
  after = 0,
): Promise<void> {
  resetRandom(after)
  const COUNT = after + count
  const db = createDatabaseClient(databaseUrl)
  const members = (
    await db.user.findMany({ select: { id: true, name: true, email: true, role: true } })
  ).map((member) => ({ ...member, role: toRole(member.role) }))
  const active = await db.template.findMany({ where: { archivedAt: null }, select: { id: true } })
  // Upsells switched off: the seeded sessions offer the products alone.
  const templates: ComposeTemplate[] = (
    await readTemplateRecords(
      db,
      active.map((row) => row.id),
    )
  ).map((record) => ({ ...record, upsell: null }))
  const lookup: TemplateLookup = Object.fromEntries(templates.map((t) => [t.id, t]))
  const CURRENCIES = ['USD', 'USD', 'USD', 'EUR', 'EUR', 'GBP'] as const
  const inCurrency = (currency: string) =>
    templates.filter((template) => template.values.prices.some((p) => p.currency === currency))

  const started = performance.now()
  const BATCH = 500
  const now = Date.now()
  for (let offset = after; offset < COUNT; offset += BATCH) {
    const sessions = []
    const payloads = []
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
      // A composition as a rep would make it, evaluated as the create action evaluates it.
      const form: ComposeForm = {
        ...emptyComposeForm({
          idempotencyKey: crypto.randomUUID(),
          projectId: 'project_demo',
          currency,
          successUrl: null,
          cancelUrl: null,
        }),
        buyer,
        lines: chosen.map((template) => ({ ...lineFrom(template, currency), upsell: false })),
      }
      const evaluation = evaluateComposition(form, lookup, rep.role)
      if (evaluation.issues.length)
        throw new Error(`a seeded composition is invalid: ${JSON.stringify(evaluation.issues)}`)
      const products = evaluation.body.products
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
      const url = salesnipId ? `https://chat.salesnip.com/#${salesnipId}` : null
      const read = status === 'complete' || status === 'active'
      // Read back as SaleSnip would report it: each price agreed between floor and opening price.
      const outcome = read
        ? summariseOutcome(
            {
              id: salesnipId!,
              project: 'project_demo',
              url: url!,
              status: status === 'complete' ? 'COMPLETE' : 'ACTIVE',
              currency,
              products: products.map((product) => ({
                id: product.id,
                name: product.name,
                price: {
                  ...product.price,
                  current: agreedBetween(product.price.minimum, product.price.initial, currency),
                },
                ...(product.quantity
                  ? { quantity: { ...product.quantity, current: product.quantity.initial } }
                  : {}),
              })),
            },
            currency,
            products.map((product) => product.id),
          )
        : null
      const productNames = products.map((product) => product.name)
      sessions.push({
        id,
        idempotencyKey: form.idempotencyKey,
        status,
        salesnipId,
        url,
        projectId: 'project_demo',
        currency,
        openingTotalMinor: BigInt(evaluation.openingTotalMinor ?? 0),
        buyerName: buyer.name,
        buyerEmail: buyer.email,
        buyerCompany: buyer.company,
        dealReference: buyer.dealReference,
        productNames: JSON.stringify(productNames),
        productCount: productNames.length,
        responseBody: salesnipId ? JSON.stringify({ id: salesnipId, url }) : null,
        errorCode: status === 'failed' ? 'upstream-error' : status === 'unknown' ? 'timeout' : null,
        errorMessage:
          status === 'failed'
            ? 'SaleSnip had an error on its side.'
            : status === 'unknown'
              ? 'SaleSnip did not answer in time.'
              : null,
        outcomeStatus: read ? status.toUpperCase() : null,
        outcome: outcome ? JSON.stringify(outcome.products) : null,
        outcomeReadAt: read ? new Date(createdAt.getTime() + 3_600_000) : null,
        // Accepted between 2 minutes and the hour the outcome was read back at, mostly early.
        acceptedAt:
          status === 'complete' ? new Date(createdAt.getTime() + 120_000 * 30 ** random()) : null,
        agreedTotalMinor: outcome ? BigInt(outcome.agreedTotalMinor) : null,
        discountBp: outcome?.discountBp ?? null,
        searchText: sessionSearchText({ buyer, productNames, rep, salesnipId }),
        createdById: rep.id,
        createdAt,
        updatedAt: createdAt,
      })
      payloads.push({
        sessionId: id,
        requestBody: evaluation.bytes,
        composition: JSON.stringify(form),
        templateVersions: JSON.stringify(evaluation.templateVersions),
      })
      for (const template of chosen) {
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
    // Sessions first: the others refer to them.
    // Through Prisma, so every value is stored in Prisma's own format on either database.
    await db.salesnipSession.createMany({ data: sessions })
    await db.salesnipSessionPayload.createMany({ data: payloads })
    await db.salesnipSessionTemplate.createMany({ data: links })
    await db.salesnipAttempt.createMany({ data: attempts })
    if ((offset / BATCH) % 20 === 19) log(`  ${offset + BATCH} sessions…`)
  }
  // A bulk write leaves SQLite's search index in many segments: merged, as the app's hourly upkeep
  // merges it in time (about 2 s for 100,000 sessions).
  if (databaseUrl.startsWith('file:')) await mergeSearchIndex(db, Infinity)
  await db.$disconnect()
  log(
    `Seeded ${count} sessions of history in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  )
}
