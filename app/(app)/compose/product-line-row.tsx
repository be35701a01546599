'use client'

import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from 'lucide-react'
import { memo } from 'react'
import { Controller, type FieldErrors } from 'react-hook-form'
import { Button } from '@/components/ui/button'
import type { Role } from '@/lib/auth/roles'
import { formatMoney } from '@/lib/salesnip/money'
import type { ComposeFormInput } from '@/lib/compose/schema'
import { priceIn, type ComposeTemplate } from '@/lib/compose/template-lookup'
import type { ComposeFormApi } from './form-types'
import { PriceFields } from './price-fields'
import { QuantityFields } from './quantity-fields'
import { sameRowProps } from './row-memo'

type ProductLineRowProps = {
  form: ComposeFormApi
  index: number
  last: boolean
  template: ComposeTemplate | undefined
  currency: string
  role: Role
  move: (from: number, to: number) => void
  remove: (index: number) => void
  lineErrors: LineErrors | undefined
  /** The row's error messages as text: the row draws again when they change, and only then. */
  errorsKey: string
}

type LineErrors = NonNullable<FieldErrors<ComposeFormInput>['lines']>[number]

/**
 * One product line. Memoised: a keystroke anywhere re-renders the form, and with 50 lines redrawing
 * every line made typing lag behind the preview. A line draws again only when what it shows changes
 * (its place, template, currency or errors); its inputs are the browser's and need no redraw.
 */
export const ProductLineRow = memo(function ProductLineRow({
  form,
  index,
  last,
  template,
  currency,
  role,
  move,
  remove,
  lineErrors,
}: ProductLineRowProps) {
  const name = template?.values.name ?? 'Unavailable template'
  const upsell = template?.upsell
  const upsellPrice = upsell ? priceIn(upsell.values, currency) : null
  return (
    <fieldset className="grid gap-3 rounded-md border p-3">
      <legend className="px-1 font-medium">
        Product {index + 1}: {name}
      </legend>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
        <span>{template?.values.productId}</span>
        <div className="flex gap-1">
          <Button
            type="button"
            variant="ghost"
            size="sm"
            disabled={index === 0}
            onClick={() => move(index, index - 1)}
          >
            <ArrowUpIcon aria-hidden />
            <span className="sr-only">Move {name} up</span>
          </Button>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            disabled={last}
            onClick={() => move(index, index + 1)}
          >
            <ArrowDownIcon aria-hidden />
            <span className="sr-only">Move {name} down</span>
          </Button>
          <Button type="button" variant="ghost" size="sm" onClick={() => remove(index)}>
            <TrashIcon aria-hidden />
            <span className="sr-only">Remove {name}</span>
          </Button>
        </div>
      </div>
      {lineErrors?.templateId?.message && (
        <p role="alert" className="text-sm text-destructive">
          {lineErrors.templateId.message}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <PriceFields
          form={form}
          group="lines"
          index={index}
          template={template}
          currency={currency}
          role={role}
        />
      </div>
      <QuantityFields
        form={form}
        index={index}
        name={name}
        limited={Boolean(template?.values.quantity)}
        errors={lineErrors?.quantity}
      />
      {upsell && (
        <Controller
          control={form.control}
          name={`lines.${index}.upsell`}
          render={({ field: upsellField }) => (
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                role="switch"
                className="size-4 accent-primary"
                checked={Boolean(upsellPrice) && upsellField.value}
                disabled={!upsellPrice}
                onChange={(event) => upsellField.onChange(event.target.checked)}
                onBlur={upsellField.onBlur}
              />
              Offer the upsell {upsell.values.name}
              {upsellPrice
                ? ` at ${formatMoney(upsellPrice.openingMinor, currency)}`
                : ` (no ${currency} price, not offered)`}
            </label>
          )}
        />
      )}
      {lineErrors?.upsell?.message && (
        <p className="text-sm text-destructive">{lineErrors.upsell.message}</p>
      )}
    </fieldset>
  )
}, sameRowProps)
