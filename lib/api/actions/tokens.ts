'use server'

import { revalidatePath } from 'next/cache'
import { returnValidationErrors } from 'next-safe-action'
import { actionWith } from '@/lib/auth/action-client'
import { createApiTokenSchema, revokeApiTokenSchema } from '@/lib/api/token-schema'
import { createApiToken, revokeApiToken } from '@/lib/api/tokens-data'
import { AppError } from '@/lib/errors'

// Admins make and revoke the tokens CRMs use on /api/v1. A new token's secret is in this answer
// only: it is never stored, so it cannot be shown again.

export const createApiTokenAction = actionWith('apiTokens.manage')
  .inputSchema(createApiTokenSchema)
  .action(async ({ parsedInput, ctx }) => {
    const made = await createApiToken(parsedInput, ctx.member.id)
    if (made.kind === 'no-member')
      returnValidationErrors(createApiTokenSchema, {
        memberId: { _errors: ['Choose an active member.'] },
      })
    ctx.audit({
      entity: 'api-token',
      entityId: made.id,
      action: `created the API token "${parsedInput.name}"`,
      after: {
        actsAs: parsedInput.memberId,
        scopes: parsedInput.scopes.join(' '),
        expiresInDays: parsedInput.expiresInDays,
      },
    })
    revalidatePath('/settings/api')
    return { id: made.id, secret: made.secret }
  })

export const revokeApiTokenAction = actionWith('apiTokens.manage')
  .inputSchema(revokeApiTokenSchema)
  .action(async ({ parsedInput, ctx }) => {
    const revoked = await revokeApiToken(parsedInput.tokenId)
    if (!revoked)
      throw new AppError('NOT_FOUND', { userMessage: 'This token is already revoked or gone.' })
    ctx.audit({
      entity: 'api-token',
      entityId: parsedInput.tokenId,
      action: `revoked the API token "${revoked.name}"`,
    })
    revalidatePath('/settings/api')
    return { revoked: true }
  })
