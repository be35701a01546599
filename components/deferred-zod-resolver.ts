'use client'

import type { FieldValues, Resolver } from 'react-hook-form'
import type { z } from '@/lib/zod'

type Loaded<Schema extends z.ZodType> = Resolver<
  z.input<Schema> & FieldValues,
  unknown,
  z.output<Schema> & FieldValues
>

/**
 * react-hook-form's zod resolver for the form's own schema (the very one its action parses), with
 * zod and the schema fetched just after the page instead of with it: zod is ~45 kB gzip, and a form
 * needs it only when it first checks a field. Declare it at module level, beside the form:
 * `const resolver = deferredZodResolver(() => import('…/schema').then((m) => m.signInSchema))`.
 */
export function deferredZodResolver<Schema extends z.ZodType>(
  loadSchema: () => Promise<Schema>,
): Loaded<Schema> {
  let loading: Promise<Loaded<Schema>> | undefined
  const load = () =>
    (loading ??= Promise.all([import('@hookform/resolvers/zod'), loadSchema()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Loaded<Schema>,
    ))
  // In the browser, fetched once the page's own scripts have run: ready before the first blur.
  if (typeof window !== 'undefined') setTimeout(load, 0)
  return async (values, context, options) => (await load())(values, context, options)
}
