// Generates both Prisma clients. Prisma's CLI wants a native schema engine it cannot download offline;
// `generate` does not use it, so any existing file satisfies the check (see shared NOTES).
import { execFileSync } from 'node:child_process'

for (const dir of ['sqlite', 'postgres']) {
  execFileSync(
    './node_modules/.bin/prisma',
    ['generate', '--schema', `prisma/${dir}/schema.prisma`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: 'package.json',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
    },
  )
}
