import 'server-only'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'

// better-auth keeps members, accounts and sign-in sessions in the app's own database.
export const authDatabase = prismaAdapter(db, {
  provider: databaseKind === 'sqlite' ? 'sqlite' : 'postgresql',
})

/**
 * The member whose sign-in session has this token and stays valid past `freshUntil`, or null. One
 * statement: the session is found by its unique token inside the member's query.
 */
export async function findMemberBySession(token: string, freshUntil: Date) {
  return db.user.findFirst({
    where: { sessions: { some: { token, expiresAt: { gt: freshUntil } } } },
    select: { id: true, name: true, email: true, role: true, banned: true },
  })
}
