import 'server-only'
import { forbidden, redirect } from 'next/navigation'
import { headers } from 'next/headers'
import { cache } from 'react'
import { auth } from './auth'
import { freshSessionMember } from './fresh-session'
import { REQUESTED_PATH_HEADER, signInPathFor } from './next-path'
import { can, type Permission } from './permissions'
import { toRole, type Role } from './roles'

export type Member = { id: string; name: string; email: string; role: Role }

/**
 * The signed-in, active member of this request, or null. Read once per request: a session valid as
 * it stands in one statement (fresh-session.ts), any other through better-auth.
 */
export const getMember = cache(async (): Promise<Member | null> => {
  const requestHeaders = await headers()
  const user =
    (await freshSessionMember(requestHeaders)) ??
    (await auth.api.getSession({ headers: requestHeaders }))?.user
  if (!user || user.banned) return null
  const { id, name, email, role } = user
  return { id, name, email, role: toRole(role) }
})

/**
 * The one guard for pages: a signed-out visitor goes to sign-in (and comes back afterwards), a
 * member without `permission` gets the 403 page.
 */
export async function requireMember(permission?: Permission): Promise<Member> {
  const member = await getMember()
  if (!member) {
    const requested = (await headers()).get(REQUESTED_PATH_HEADER) ?? '/'
    redirect(signInPathFor(requested))
  }
  if (permission && !can(member.role, permission)) forbidden()
  return member
}
