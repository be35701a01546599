import 'server-only'
import { recordAuditTrail } from '@/lib/audit/data'
import type { Member } from '@/lib/auth/current-member'
import { can, type Permission } from '@/lib/auth/permissions'
import { env } from '@/lib/env'
import { log } from '@/lib/log'
import { countEvent } from '@/lib/rate-limit/data'
import { apiError } from './respond'
import type { ApiScope } from './scopes'
import { checkApiToken } from './tokens-data'
import { looksLikeTokenSecret } from './token-secret'

// The door of /api/v1: a bearer token (Authorization: Bearer sst_…), its scope, the permission of
// the member it acts as, a rate limit per token kept in the database (shared by every instance),
// and an audit entry for every call, allowed or refused after the token was recognised.

export const API_REQUESTS_PER_MINUTE = env.API_REQUESTS_PER_MINUTE

const PERMISSION_OF_SCOPE: Record<ApiScope, Permission> = {
  'templates:read': 'templates.read',
  'sessions:read': 'history.read',
  'sessions:write': 'sessions.create',
}

export type ApiCaller = { member: Member; tokenId: string }

type Handler<Params> = (
  request: Request,
  caller: ApiCaller,
  params: Params,
) => Promise<Response> | Response

/** A route handler behind a token with `scope`. */
export function withApiToken<Params = Record<string, never>>(
  scope: ApiScope,
  handler: Handler<Params>,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    const header = request.headers.get('authorization') ?? ''
    const secret = header.match(/^Bearer\s+(\S+)$/i)?.[1] ?? ''
    if (!looksLikeTokenSecret(secret))
      return apiError(
        401,
        'unauthenticated',
        'Send an API token: Authorization: Bearer sst_…',
        [],
        {
          'WWW-Authenticate': 'Bearer',
        },
      )
    const token = await checkApiToken(secret)
    if (token.kind !== 'ok') return apiError(401, `token_${token.kind}`, REFUSALS[token.kind])
    const path = new URL(request.url).pathname
    const audit = (status: number) =>
      recordAuditTrail(token.member.id, [
        {
          entity: 'api-token',
          entityId: token.tokenId,
          action: `${request.method} ${path} → ${status} (token ${token.tokenName})`,
        },
      ]).catch((error: unknown) => log.error({ err: error }, 'auditing an API call failed'))

    const window = await countEvent({ key: `api:${token.tokenId}`, windowMs: 60_000 })
    if (window.count > API_REQUESTS_PER_MINUTE) {
      await audit(429)
      return apiError(
        429,
        'rate_limited',
        `At most ${API_REQUESTS_PER_MINUTE} requests a minute per token. Try again in ${window.retryAfterSeconds} s.`,
        [],
        { 'Retry-After': String(window.retryAfterSeconds) },
      )
    }
    if (!token.scopes.includes(scope)) {
      await audit(403)
      return apiError(403, 'missing_scope', `This token lacks the scope ${scope}.`)
    }
    if (!can(token.member.role, PERMISSION_OF_SCOPE[scope])) {
      await audit(403)
      return apiError(403, 'forbidden', "The token's member's role does not allow this.")
    }
    let response: Response
    try {
      response = await handler(
        request,
        { member: token.member, tokenId: token.tokenId },
        await context.params,
      )
    } catch (error) {
      log.error({ err: error, path }, 'API call failed')
      response = apiError(500, 'internal', 'Something went wrong on our side. Please try again.')
    }
    await audit(response.status)
    return response
  }
}

const REFUSALS = {
  unknown: 'This API token is not valid.',
  revoked: 'This API token was revoked.',
  expired: 'This API token has expired.',
  'member-inactive': "This API token's member is deactivated.",
} as const
