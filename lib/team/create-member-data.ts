import { randomUUID } from 'node:crypto'
import { hashPassword } from 'better-auth/crypto'
import type { Database, Transaction } from '@/lib/db/create-client'
import type { Role } from '@/lib/auth/roles'

// The password as typed, or already hashed: inside a transaction, pass the hash. scrypt is slow by
// design (a second on a busy machine), and a write transaction held open that long stalls every
// other writer (on SQLite, the whole app), or outlives the transaction's timeout.
type NewMember = { name: string; email: string; role: Role } & (
  { password: string } | { passwordHash: string }
)

/** better-auth's own scrypt hash of a password, to store as its credential. */
export const hashMemberPassword = hashPassword

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
  const password =
    'passwordHash' in member ? member.passwordHash : await hashPassword(member.password)
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
