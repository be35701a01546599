import type { Member } from '@/lib/auth/current-member'
import type { Evaluation } from '@/lib/compose/evaluate'
import type { ComposeForm } from '@/lib/compose/schema'
import type { PendingSession } from './key-claim-data'
import { sessionSearchText } from './search-text'
import { newLinkCode } from './link-code'

/** The console's public address for relayed callbacks and short links (null: neither). */
export type LinkBases = { relayBase: string | null; shortLinkBase: string | null }

/** The row a claimed key starts as: what the rep composed and what will be sent, before the call. */
export function pendingSessionOf(
  form: ComposeForm,
  evaluation: Evaluation,
  member: Member,
  links: LinkBases = { relayBase: null, shortLinkBase: null },
): PendingSession {
  const linkCode = links.shortLinkBase ? newLinkCode() : null
  const buyer = {
    name: form.buyer.name,
    email: form.buyer.email,
    company: form.buyer.company,
    dealReference: form.buyer.dealReference,
  }
  const productNames = evaluation.body.products.map((product) => product.name)
  return {
    idempotencyKey: form.idempotencyKey,
    projectId: evaluation.body.projectId,
    currency: form.currency,
    openingTotalMinor: evaluation.openingTotalMinor ?? 0,
    buyer,
    productNames,
    requestBody: evaluation.bytes,
    composition: JSON.stringify(form),
    templateVersions: JSON.stringify(evaluation.templateVersions),
    overrides: JSON.stringify(
      evaluation.overrides.map((override) => ({
        ...override,
        byId: member.id,
        byName: member.name,
      })),
    ),
    searchText: sessionSearchText({ buyer, productNames, rep: member }),
    createdById: member.id,
    templateIds: evaluation.templateVersions.map((version) => version.templateId),
    relayed: links.relayBase !== null,
    successUrl: links.relayBase ? form.callbacks.success.trim() || null : null,
    cancelUrl: links.relayBase ? form.callbacks.cancel.trim() || null : null,
    linkCode,
    shortUrl: linkCode ? `${links.shortLinkBase!.replace(/\/+$/, '')}/l/${linkCode}` : null,
  }
}
