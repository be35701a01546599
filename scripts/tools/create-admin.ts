// `npm run create-admin -- --email you@example.com --name "Your Name"`: makes an admin, the way into
// a production install (where the seed creates no one with a known password). Asks for the password
// on the terminal, or reads it from standard input when that is not a terminal.
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { createDatabaseClient } from '@/lib/db/create-client'
import { env } from '@/lib/env'
import { createMember } from '@/lib/team/create-member-data'
import { inviteMemberSchema, newMemberSchema } from '@/lib/team/schemas'
import { prepareDatabase } from '@/scripts/start/prepare-database'

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
const input = z
  .object({ email: inviteMemberSchema.shape.email })
  .extend(newMemberSchema.shape)
  .safeParse({ email: values.email, name: values.name, password: await readPassword() })
if (!input.success) {
  for (const issue of input.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`)
  console.error('Usage: npm run create-admin -- --email you@example.com --name "Your Name"')
  process.exit(1)
}

await prepareDatabase()
const db = createDatabaseClient(env.DATABASE_URL)
try {
  if (await db.user.findUnique({ where: { email: input.data.email } })) {
    console.error(`A member with ${input.data.email} already exists.`)
    process.exit(1)
  }
  await createMember(db, { ...input.data, role: 'admin' })
  console.log(`Admin ${input.data.email} created. Sign in at ${env.APP_URL ?? 'the console'}.`)
} finally {
  await db.$disconnect()
}

async function readPassword(): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: false })
  try {
    if (process.stdin.isTTY) return await prompt.question('Password (at least 10 characters): ')
    for await (const line of prompt) return line
    return ''
  } finally {
    prompt.close()
  }
}
