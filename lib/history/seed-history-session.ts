// One seeded session's rows (the session, its payload, its template links and its attempt), built as
// the create action would store them. Its random draws come in a fixed order: the same index in the
// same sequence gives the same session (see seed-random.ts).
import type { Role } from '@/lib/auth/roles'
import { lineFrom } from '@/lib/compose/lines'
import { emptyComposeForm, type ComposeForm } from '@/lib/compose/schema'
import type { ComposeTemplate, TemplateLookup } from '@/lib/compose/template-lookup'
import { evaluateComposition } from '@/lib/compose/evaluate'
import { summariseOutcome } from '@/lib/outcomes/summary'
import { MESSAGES } from '@/lib/salesnip/client-result'
import { sessionSearchText } from '@/lib/sessions/search-text'
import { COMPANIES, FIRST, LAST, SUFFIXES } from './seed-history-names'
import { agreedBetween, hex, pick, random } from './seed-random'

const CURRENCIES = ['USD', 'USD', 'USD', 'EUR', 'EUR', 'GBP'] as const

type SeedMember = { id: string; name: string; email: string; role: Role }

/** What every seeded session draws from: the team, and the catalogue's active templates. */
export function seedCatalogue(members: SeedMember[], templates: ComposeTemplate[]) {
  const lookup: TemplateLookup = Object.fromEntries(templates.map((t) => [t.id, t]))
  const inCurrency = (currency: string) =>
    templates.filter((template) => template.values.prices.some((p) => p.currency === currency))
  return { members, lookup, inCurrency }
}

/** Session number `i` of the history, created within the year before `now`. */
export function seededSession(
  i: number,
  now: number,
  { members, lookup, inCurrency }: ReturnType<typeof seedCatalogue>,
) {
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
  // What a failed attempt stored, on the session and on its attempt alike.
  const failure =
    status === 'failed'
      ? { code: 'upstream-error', message: MESSAGES.upstream }
      : status === 'unknown'
        ? { code: 'timeout', message: MESSAGES.timeout }
        : null
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
  const session = {
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
    errorCode: failure?.code ?? null,
    errorMessage: failure?.message ?? null,
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
  }
  const payload = {
    sessionId: id,
    requestBody: evaluation.bytes,
    composition: JSON.stringify(form),
    templateVersions: JSON.stringify(evaluation.templateVersions),
  }
  const links = chosen.map((template) => ({
    sessionId: id,
    templateId: template.id,
    createdAt,
    accepted: status === 'complete',
  }))
  const attempt = {
    id: `${id}a`,
    sessionId: id,
    outcome: failure?.code ?? 'created',
    httpStatus: created ? 201 : status === 'failed' ? 500 : null,
    message: failure?.message ?? '',
    durationMs: created ? 180 + Math.floor(random() * 300) : status === 'failed' ? 90 : 10_000,
    startedAt: createdAt,
    finishedAt: createdAt,
  }
  return { session, payload, links, attempt }
}
