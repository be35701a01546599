'use client'

import type { UseFieldArrayReturn } from 'react-hook-form'
import { Card, CardTitle } from '@/components/ui/card'
import type { Role } from '@/lib/auth/roles'
import { LIMITS } from '@/lib/salesnip/limits'
import type { ComposeFormInput } from '@/lib/compose/schema'
import type { ComposeTemplate, TemplateLookup } from '@/lib/compose/template-lookup'
import type { ComposeFormApi } from './form-types'
import { ProductLineRow } from './product-line-row'
import { errorMessagesKey, OFFSCREEN_SKIPPED } from './row-memo'
import { TemplatePicker } from './template-picker'

type ProductLinesProps = {
  form: ComposeFormApi
  lines: UseFieldArrayReturn<ComposeFormInput, 'lines'>
  templates: TemplateLookup
  role: Role
  onPick: (template: ComposeTemplate) => void
}

export function ProductLines({ form, lines, templates, role, onPick }: ProductLinesProps) {
  const currency = form.watch('currency')
  const errors = form.formState.errors.lines
  const full =
    lines.fields.length >= LIMITS.products.max
      ? `A session holds at most ${LIMITS.products.max} products.`
      : null
  return (
    <Card aria-labelledby="products-title" className="grid gap-4">
      <CardTitle id="products-title">
        Products{' '}
        <span className="text-sm font-normal text-muted-foreground">
          {lines.fields.length}/{LIMITS.products.max}
        </span>
      </CardTitle>
      <TemplatePicker
        id="product-picker"
        label="Add a product"
        currency={currency}
        onPick={onPick}
        full={full}
      />
      {errors?.message && (
        <p role="alert" className="text-sm text-destructive">
          {errors.message}
        </p>
      )}
      {errors?.root?.message && (
        <p role="alert" className="text-sm text-destructive">
          {errors.root.message}
        </p>
      )}
      <ol className="grid gap-4">
        {lines.fields.map((field, index) => {
          const lineErrors = errors?.[index]
          return (
            <li key={field.id} className={OFFSCREEN_SKIPPED}>
              <ProductLineRow
                form={form}
                index={index}
                last={index === lines.fields.length - 1}
                template={
                  templates[form.getValues(`lines.${index}.templateId`) ?? field.templateId]
                }
                currency={currency}
                role={role}
                move={lines.move}
                remove={lines.remove}
                lineErrors={lineErrors}
                errorsKey={errorMessagesKey(lineErrors)}
              />
            </li>
          )
        })}
      </ol>
    </Card>
  )
}
