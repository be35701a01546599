// `npm start` builds only when the sources changed since the last build, so a second start is quick.
// The fingerprint covers every input of `next build`: file paths, sizes and modification times.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'prisma/models.prisma',
  'package-lock.json',
  'next.config.mjs',
  'postcss.config.mjs',
  'tsconfig.json',
]
const SKIPPED = new Set(['node_modules', 'generated'])
const FINGERPRINT_FILE = '.next/source-fingerprint'

function walk(path: string, visit: (file: string) => void): void {
  if (!existsSync(path)) return
  const stat = statSync(path)
  if (!stat.isDirectory()) return visit(path)
  for (const entry of readdirSync(path).sort()) {
    if (!SKIPPED.has(entry) && !entry.endsWith('.test.ts')) walk(join(path, entry), visit)
  }
}

export function sourceFingerprint(): string {
  const hash = createHash('sha256')
  for (const input of INPUTS) {
    walk(input, (file) => {
      const { size, mtimeMs } = statSync(file)
      hash.update(`${file}\0${size}\0${mtimeMs}\n`)
    })
  }
  return hash.digest('hex')
}

/** Runs `next build` unless .next holds a build of exactly these sources. Returns whether it built. */
export function buildIfStale(): boolean {
  const fingerprint = sourceFingerprint()
  const built = existsSync('.next/BUILD_ID') && existsSync(FINGERPRINT_FILE)
  if (built && readFileSync(FINGERPRINT_FILE, 'utf8') === fingerprint) return false
  console.log('Building the production app (next build)…')
  execFileSync('./node_modules/.bin/next', ['build'], { stdio: 'inherit' })
  writeFileSync(FINGERPRINT_FILE, fingerprint)
  return true
}
