// Writes the SQLite and PostgreSQL Prisma schemas from the one data model, prisma/models.prisma.
// With --check it writes nothing and fails when a committed schema differs from what it would write
// (someone edited a generated file by hand, or forgot to regenerate after changing the model).
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'

export const FLAVOURS = [
  { dir: 'sqlite', provider: 'sqlite' },
  { dir: 'postgres', provider: 'postgresql' },
]

// A line of the model file written `//@postgresql <line>` is that line in the PostgreSQL schema
// and stays a comment in SQLite's: for what only PostgreSQL has (a trigram index for search);
// `//@sqlite <line>` the other way round (an index PostgreSQL keeps in a form Prisma cannot write).
export function renderSchema(models, { dir, provider }) {
  const own = provider === 'postgresql' ? 'postgresql' : 'sqlite'
  const body = models.replace(new RegExp(`^(\\s*)//@${own} `, 'gm'), '$1')
  return `// GENERATED from prisma/models.prisma by scripts/tools/db/gen-schemas.mjs. Do not edit: edit the model file.
generator client {
  provider = "prisma-client"
  output   = "../../lib/generated/${dir}"
}

datasource db {
  provider = "${provider}"
}

${body}`
}

const check = process.argv.includes('--check')
const models = readFileSync('prisma/models.prisma', 'utf8')
let stale = []
for (const flavour of FLAVOURS) {
  const path = `prisma/${flavour.dir}/schema.prisma`
  const wanted = renderSchema(models, flavour)
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null
  if (current === wanted) continue
  if (check) stale.push(path)
  else {
    mkdirSync(`prisma/${flavour.dir}`, { recursive: true })
    writeFileSync(path, wanted)
  }
}
if (stale.length) {
  console.error(
    `Out of date with prisma/models.prisma: ${stale.join(', ')}. Run npm run db:generate.`,
  )
  process.exit(1)
}
