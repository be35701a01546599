import type { Member } from '@/lib/auth/current-member'
import type { Evaluation } from '@/lib/compose/evaluate'
import type { ComposeForm } from '@/lib/compose/schema'
import type { PendingSession } from './key-claim-data'
import { sessionSearchText } from './search-text'

/** The row a claimed key starts as: what the rep composed and what will be sent, before the call. */
export function pendingSessionOf(
  form: ComposeForm,
  evaluation: Evaluation,
  member: Member,
): PendingSession {
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
  }
}
