import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'
import { oneDoorToTheDatabase } from './eslint.db-rule.mjs'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  oneDoorToTheDatabase,
  {
    // lib/env.ts is the one reader of the environment; scripts and tests run outside the app
    // (a test may set the environment of the code it loads).
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['lib/env.ts', 'lib/zod.ts', 'lib/zod-members.ts', '**/*.test.ts'],
    rules: {
      // (no-restricted-imports belongs to the one-door rule; a second setting would replace it.)
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod']",
          message: "Import z from '@/lib/zod' (configured for the Content Security Policy).",
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment through lib/env.ts.' },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'lib/generated/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'data/**',
  ]),
])
