import 'server-only'
import { db } from '@/lib/db/client'
import { memberNames } from '@/lib/team/members-data'
import { toRole } from '@/lib/auth/roles'
import type { Member } from '@/lib/auth/current-member'
import type { ApiScope } from './scopes'
import { apiScopeSchema } from './token-schema'
import type { CreateApiTokenInput } from './token-schema'
import { hashTokenSecret, newTokenSecret } from './token-secret'

// API tokens as stored: the only module of lib/api that reads or writes them.

const DAY_MS = 24 * 60 * 60 * 1000

export type ApiTokenRow = {
  id: string
  name: string
  prefix: string
  scopes: ApiScope[]
  member: { id: string; name: string }
  createdAt: Date
  expiresAt: Date | null
  lastUsedAt: Date | null
  revokedAt: Date | null
}

const scopesOf = (text: string) =>
  text.split(' ').flatMap((scope) => {
    const parsed = apiScopeSchema.safeParse(scope)
    return parsed.success ? [parsed.data] : []
  })

/** Makes a token; the secret is returned here once and never stored. */
export async function createApiToken(input: CreateApiTokenInput, createdById: string) {
  const member = await db.user.findFirst({
    where: { id: input.memberId, banned: false },
    select: { id: true },
  })
  if (!member) return { kind: 'no-member' as const }
  const { secret, prefix, hash } = newTokenSecret()
  const token = await db.apiToken.create({
    data: {
      name: input.name,
      prefix,
      secretHash: hash,
      scopes: [...new Set(input.scopes)].join(' '),
      memberId: member.id,
      createdById,
      expiresAt:
        input.expiresInDays === 'never'
          ? null
          : new Date(Date.now() + Number(input.expiresInDays) * DAY_MS),
    },
    select: { id: true },
  })
  return { kind: 'created' as const, id: token.id, secret }
}

export async function listApiTokens(): Promise<ApiTokenRow[]> {
  const tokens = await db.apiToken.findMany({ orderBy: { createdAt: 'desc' }, take: 200 })
  const nameOf = await memberNames(tokens.map((token) => token.memberId))
  return tokens.map((token) => ({
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: scopesOf(token.scopes),
    member: { id: token.memberId, name: nameOf.get(token.memberId) ?? 'A removed member' },
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  }))
}

/** Revokes a token; false when there is no such live token. */
export async function revokeApiToken(tokenId: string): Promise<{ name: string } | null> {
  const token = await db.apiToken.findFirst({ where: { id: tokenId, revokedAt: null } })
  if (!token) return null
  await db.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } })
  return { name: token.name }
}

export type TokenCheck =
  | { kind: 'ok'; tokenId: string; tokenName: string; scopes: ApiScope[]; member: Member }
  | { kind: 'unknown' | 'revoked' | 'expired' | 'member-inactive' }

/** The token a secret belongs to, if it may be used now; its last use is recorded. */
export async function checkApiToken(secret: string, now = new Date()): Promise<TokenCheck> {
  const token = await db.apiToken.findUnique({ where: { secretHash: hashTokenSecret(secret) } })
  if (!token) return { kind: 'unknown' }
  if (token.revokedAt) return { kind: 'revoked' }
  if (token.expiresAt && token.expiresAt <= now) return { kind: 'expired' }
  const user = await db.user.findUnique({
    where: { id: token.memberId },
    select: { id: true, name: true, email: true, role: true, banned: true },
  })
  if (!user || user.banned) return { kind: 'member-inactive' }
  // At most once a minute, so a busy integration does not write on every call.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } })
  }
  return {
    kind: 'ok',
    tokenId: token.id,
    tokenName: token.name,
    scopes: scopesOf(token.scopes),
    member: { id: user.id, name: user.name, email: user.email, role: toRole(user.role) },
  }
}
