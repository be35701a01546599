'use client'

import { controlProps, FormField } from '@/components/form-field'
import { Input } from '@/components/ui/input'
import type { Role } from '@/lib/auth/roles'
import { formatMoney } from '@/lib/salesnip/money'
import { priceIn, type ComposeTemplate } from '@/lib/compose/template-lookup'
import type { ComposeFormApi } from './form-types'

type PriceFieldsProps = {
  form: ComposeFormApi
  group: 'lines' | 'crossSells'
  index: number
  template: ComposeTemplate | undefined
  currency: string
  role: Role
}

/** Opening price and floor of one row, with the template's prices and the guardrail as a hint. */
export function PriceFields({ form, group, index, template, currency, role }: PriceFieldsProps) {
  const errors = form.formState.errors[group]?.[index]
  const price = template ? priceIn(template.values, currency) : null
  const floorHint = price
    ? role === 'rep'
      ? `Not below the template's floor of ${formatMoney(price.floorMinor, currency)}.`
      : `Template floor ${formatMoney(price.floorMinor, currency)}; going below it is recorded.`
    : `The template has no ${currency} price: enter one.`
  const openingHint = price
    ? `Template: ${formatMoney(price.openingMinor, currency)}.`
    : `No ${currency} price in the template.`
  const base = `${group}-${index}`
  return (
    <>
      <FormField
        id={`${base}-opening`}
        label={`Opening price (${currency})`}
        hint={openingHint}
        error={errors?.opening?.message}
      >
        <Input
          inputMode="decimal"
          {...controlProps(`${base}-opening`, errors?.opening, { hint: true })}
          {...form.register(`${group}.${index}.opening`)}
        />
      </FormField>
      <FormField
        id={`${base}-floor`}
        label={`Floor (${currency})`}
        hint={floorHint}
        error={errors?.floor?.message}
      >
        <Input
          inputMode="decimal"
          {...controlProps(`${base}-floor`, errors?.floor, { hint: true })}
          {...form.register(`${group}.${index}.floor`)}
        />
      </FormField>
    </>
  )
}
