import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FLAVOURS, renderSchema } from '@/scripts/tools/db/gen-schemas.mjs'

// One data model, two databases: both schemas are generated from prisma/models.prisma, and the
// committed migrations of both hold exactly that model.
describe('the SQLite and PostgreSQL schemas', () => {
  const models = readFileSync('prisma/models.prisma', 'utf8')

  for (const flavour of FLAVOURS) {
    it(`prisma/${flavour.dir}/schema.prisma is generated from the model file, not edited`, () => {
      const committed = readFileSync(`prisma/${flavour.dir}/schema.prisma`, 'utf8')
      expect(committed).toBe(renderSchema(models, flavour))
      expect(committed).toContain(`provider = "${flavour.provider}"`)
    })
  }

  it('have migrations that match the model on both databases', () => {
    const output = execFileSync('node', ['scripts/tools/db/new-migration.mjs', '--check'], {
      encoding: 'utf8',
    })
    expect(output).toContain('Migrations match prisma/models.prisma on SQLite and PostgreSQL.')
  })
})
