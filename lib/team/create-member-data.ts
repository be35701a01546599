import { randomUUID } from 'node:crypto'
import { hashPassword } from 'better-auth/crypto'
import type { Database, Transaction } from '@/lib/db/create-client'
import type { Role } from '@/lib/auth/roles'

type NewMember = { name: string; email: string; role: Role; password: string }

/**
 * A member who signs in with email and password, stored as better-auth stores one: a user row and
 * a "credential" account holding the password's hash (better-auth's own scrypt hashing). Takes the
 * client or transaction to write with, so the seed and `npm run create-admin` share it with the app.
 */
export async function createMember(
  client: Database | Transaction,
  member: NewMember,
): Promise<{ id: string }> {
  const id = randomUUID()
  const password = await hashPassword(member.password)
  await client.user.create({
    data: {
      id,
      name: member.name,
      email: member.email.trim().toLowerCase(),
      emailVerified: true,
      role: member.role,
      accounts: {
        create: { id: randomUUID(), accountId: id, providerId: 'credential', password },
      },
    },
  })
  return { id }
}
