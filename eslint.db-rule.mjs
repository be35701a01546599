// One door to the database: only data modules (`data.ts`, `*-data.ts`) and lib/db itself import
// the Prisma client or Prisma's generated code. Everyone else calls a data module, and names the few
// types it needs through lib/db/types. Tests and tools may read the database to check what is stored.
export const DATA_MODULES = ['lib/db/**', '**/data.ts', '**/*-data.ts']
export const MAY_READ_DATABASE = [
  '**/*.test.ts',
  'lib/testing/**',
  'e2e/**',
  'scripts/**',
  'prisma/**',
]

export const oneDoorToTheDatabase = {
  files: ['**/*.{ts,tsx,mts,mjs}'],
  ignores: [...DATA_MODULES, ...MAY_READ_DATABASE],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: '@/lib/db/client',
            message: 'Only data modules (data.ts, *-data.ts) use the database client.',
          },
          {
            name: '@/lib/db/create-client',
            message: 'Name database types through @/lib/db/types.',
          },
          { name: '@prisma/client', message: 'Only data modules (data.ts, *-data.ts) use Prisma.' },
          // The drivers' own connections (lib/db/raw-rows.ts) are a door to the database too.
          { name: 'better-sqlite3', message: 'Only lib/db opens a database connection.' },
          { name: 'pg', message: 'Only lib/db opens a database connection.' },
        ],
        patterns: [
          {
            group: ['@/lib/generated/*', '**/lib/generated/*', '@prisma/*'],
            message:
              'Only lib/db and data modules (data.ts, *-data.ts) import Prisma; types come from @/lib/db/types.',
          },
        ],
      },
    ],
  },
}
