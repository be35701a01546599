'use client'

import { TrashIcon } from 'lucide-react'
import { memo } from 'react'
import type { FieldErrors, UseFieldArrayReturn } from 'react-hook-form'
import { Button } from '@/components/ui/button'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { LIMITS } from '@/lib/salesnip/limits'
import type { ComposeForm, ComposeFormInput } from '@/lib/compose/schema'
import { unpricedSuggestions } from '@/lib/compose/lines'
import type { ComposeTemplate, TemplateLookup } from '@/lib/compose/template-lookup'
import type { Role } from '@/lib/auth/roles'
import type { ComposeFormApi } from './form-types'
import { PriceFields } from './price-fields'
import { TemplatePicker } from './template-picker'
import { errorMessagesKey, OFFSCREEN_SKIPPED, sameRowProps } from './row-memo'

type CrossSellRowsProps = {
  form: ComposeFormApi
  rows: UseFieldArrayReturn<ComposeFormInput, 'crossSells'>
  templates: TemplateLookup
  role: Role
  onPick: (template: ComposeTemplate) => void
  onRemove: (index: number) => void
}

export function CrossSellRows({
  form,
  rows,
  templates,
  role,
  onPick,
  onRemove,
}: CrossSellRowsProps) {
  const currency = form.watch('currency')
  const offered = unpricedSuggestions(form.watch() as ComposeForm, templates)
  const errors = form.formState.errors.crossSells
  const full =
    rows.fields.length >= LIMITS.crossSells.max
      ? `A session holds at most ${LIMITS.crossSells.max} cross-sells.`
      : null
  return (
    <Card aria-labelledby="cross-sells-title" className="grid gap-4">
      <div>
        <CardTitle id="cross-sells-title">
          Cross-sells{' '}
          <span className="text-sm font-normal text-muted-foreground">
            {rows.fields.length}/{LIMITS.crossSells.max}
          </span>
        </CardTitle>
        <CardDescription>
          Offered beside the products. Picking a product adds its template&apos;s suggestions.
        </CardDescription>
      </div>
      <TemplatePicker
        id="cross-sell-picker"
        label="Add a cross-sell"
        currency={currency}
        onPick={onPick}
        full={full}
      />
      {errors?.message && (
        <p role="alert" className="text-sm text-destructive">
          {errors.message}
        </p>
      )}
      <ol className="grid gap-4">
        {rows.fields.map((field, index) => (
          <li key={field.id} className={OFFSCREEN_SKIPPED}>
            <CrossSellRow
              form={form}
              index={index}
              template={
                templates[form.getValues(`crossSells.${index}.templateId`) ?? field.templateId]
              }
              currency={currency}
              role={role}
              onRemove={onRemove}
              rowErrors={errors?.[index]}
              errorsKey={errorMessagesKey(errors?.[index])}
            />
          </li>
        ))}
      </ol>
      {offered.length > 0 && !full && (
        <section aria-labelledby="offered-title" className="grid gap-2">
          <h3 id="offered-title" className="text-sm font-medium">
            Also suggested, not added
          </h3>
          <ul className="grid gap-2">
            {offered.map((template) => (
              <li
                key={template.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-dashed p-2 text-sm"
              >
                <span>
                  {template.values.name}{' '}
                  <span className="text-muted-foreground">needs a {currency} price</span>
                </span>
                <Button type="button" variant="outline" size="sm" onClick={() => onPick(template)}>
                  Add<span className="sr-only"> {template.values.name} and price it</span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  )
}

type CrossSellRowProps = {
  form: ComposeFormApi
  index: number
  template: ComposeTemplate | undefined
  currency: string
  role: Role
  onRemove: (index: number) => void
  rowErrors: NonNullable<FieldErrors<ComposeFormInput>['crossSells']>[number] | undefined
  errorsKey: string
}

/** One cross-sell, drawn again only when what it shows changes (see row-memo.ts). */
const CrossSellRow = memo(function CrossSellRow({
  form,
  index,
  template,
  currency,
  role,
  onRemove,
  rowErrors,
}: CrossSellRowProps) {
  const name = template?.values.name ?? 'Unavailable template'
  return (
    <fieldset className="grid gap-3 rounded-md border p-3">
      <legend className="px-1 font-medium">
        Cross-sell {index + 1}: {name}
      </legend>
      <div className="flex items-center justify-between text-sm text-muted-foreground">
        <span>{template?.values.productId}</span>
        <Button type="button" variant="ghost" size="sm" onClick={() => onRemove(index)}>
          <TrashIcon aria-hidden />
          <span className="sr-only">Remove cross-sell {name}</span>
        </Button>
      </div>
      {rowErrors?.templateId?.message && (
        <p role="alert" className="text-sm text-destructive">
          {rowErrors.templateId.message}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <PriceFields
          form={form}
          group="crossSells"
          index={index}
          template={template}
          currency={currency}
          role={role}
        />
      </div>
    </fieldset>
  )
}, sameRowProps)
