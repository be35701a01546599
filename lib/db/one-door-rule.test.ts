import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The lint rule behind "one door to the database", run by ESLint with the project's own config.

const eslint = new ESLint({ cwd: process.cwd() })
const IMPORTS_CLIENT =
  "import { db } from '@/lib/db/client'\nexport const count = () => db.user.count()\n"
const IMPORTS_GENERATED =
  "import type { Prisma } from '@/lib/generated/sqlite/client'\nexport type W = Prisma.UserWhereInput\n"

async function restrictedImports(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports')
}

describe('one door to the database', () => {
  it('fails a module outside the data modules that imports the Prisma client', async () => {
    const messages = await restrictedImports(IMPORTS_CLIENT, 'lib/history/list-view.ts')
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toMatch(/data modules/)
    expect(await restrictedImports(IMPORTS_CLIENT, 'app/(app)/history/page.tsx')).toHaveLength(1)
  })

  it("fails a module that imports Prisma's generated types instead of lib/db/types", async () => {
    expect(await restrictedImports(IMPORTS_GENERATED, 'lib/history/query.ts')).toHaveLength(1)
  })

  it('lets data modules (data.ts, *-data.ts) import the client', async () => {
    expect(await restrictedImports(IMPORTS_CLIENT, 'lib/history/data.ts')).toHaveLength(0)
    expect(await restrictedImports(IMPORTS_CLIENT, 'lib/sessions/key-claim-data.ts')).toHaveLength(
      0,
    )
  })
})
