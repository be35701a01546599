import { db } from '@/lib/db/client'
import { sessionSearchText } from '@/lib/sessions/search-text'

/** A stored session for a buyer at `company`, searchable as the create action would store it. */
export function createCompanySession(
  rep: { id: string; name: string; email: string },
  company: string,
  idempotencyKey: string,
) {
  const buyer = { name: 'Buyer', email: '', company, dealReference: '' }
  return db.salesnipSession.create({
    data: {
      idempotencyKey,
      status: 'created',
      projectId: 'project',
      currency: 'USD',
      openingTotalMinor: 100n,
      buyerCompany: company,
      productNames: '[]',
      productCount: 0,
      payload: { create: { requestBody: '{}', composition: '{}', templateVersions: '[]' } },
      searchText: sessionSearchText({ buyer, productNames: [], rep }),
      createdById: rep.id,
    },
    select: { id: true },
  })
}
