import { z } from '@/lib/zod'
import { composeFormSchema, type ComposeForm } from './schema'

// A draft is the compose form in progress: the same shape, derived from the compose schema (never
// written out twice), but any text may still be half-typed, so only the shape and generous sizes are
// checked when it is saved. The full schema runs when the session is created.

const TEXT_MAX = 2_000
const LIST_MAX = 500

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType }

/** The same shape with every leaf loosened: text of bounded size, lists of bounded length. */
function loosely(schema: z.ZodType): z.ZodType {
  const def = schema.def as unknown as Def
  switch (def.type) {
    case 'object':
      return z.object(
        Object.fromEntries(Object.entries(def.shape!).map(([key, field]) => [key, loosely(field)])),
      )
    case 'array':
      return z.array(loosely(def.element!)).max(LIST_MAX)
    case 'boolean':
      return z.boolean()
    case 'enum':
      return schema
    default:
      return z.string().max(TEXT_MAX)
  }
}

export const draftFormSchema = (loosely(composeFormSchema) as z.ZodObject).extend({
  title: z.string().max(200),
}) as unknown as z.ZodType<ComposeForm & { title: string }>
