'use server'

import { revalidatePath } from 'next/cache'
import { actionWith } from '@/lib/auth/action-client'
import { importCatalogue } from '@/lib/templates/import-data'
import { importCatalogueSchema } from '@/lib/templates/schema'

export const importCatalogueAction = actionWith('templates.write')
  .inputSchema(importCatalogueSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await importCatalogue(parsedInput.text, ctx.member.id)
    if (result.ok) revalidatePath('/templates')
    return result
  })
