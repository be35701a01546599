import 'server-only'
import { prismaAdapter } from 'better-auth/adapters/prisma'
import { db } from '@/lib/db/client'
import { databaseKind } from '@/lib/env'

// better-auth keeps members, accounts and sign-in sessions in the app's own database.
export const authDatabase = prismaAdapter(db, {
  provider: databaseKind === 'sqlite' ? 'sqlite' : 'postgresql',
})
