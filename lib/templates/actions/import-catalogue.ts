'use server'

import { revalidatePath } from 'next/cache'
import { managerAction } from '@/lib/auth/action-client'
import { importCatalogue } from '@/lib/templates/import'
import { importCatalogueSchema } from '@/lib/templates/schema'

export const importCatalogueAction = managerAction
  .inputSchema(importCatalogueSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await importCatalogue(parsedInput.text, ctx.member.id)
    if (result.ok) revalidatePath('/templates')
    return result
  })
