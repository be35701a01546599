import { z } from '@/lib/zod'
import { API_SCOPES } from './scopes'

// The form an admin fills to make a token, shared by the dialog and the action.
export const apiScopeSchema = z.enum(API_SCOPES)

export const TOKEN_LIFETIMES = ['30', '90', '365', 'never'] as const

export const createApiTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name the token, e.g. "HubSpot".')
    .max(60, 'At most 60 characters.'),
  memberId: z.string().min(1, 'Choose the member the token acts as.').max(64),
  scopes: z.array(apiScopeSchema).min(1, 'Choose at least one scope.').max(3),
  expiresInDays: z.enum(TOKEN_LIFETIMES, 'Choose when the token expires.'),
})

export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>

export const revokeApiTokenSchema = z.object({ tokenId: z.string().min(1).max(64) })
