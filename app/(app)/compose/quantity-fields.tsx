'use client'

import { useState } from 'react'
import type { FieldError } from 'react-hook-form'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import type { ComposeFormApi } from './form-types'

const QUANTITIES = [
  ['initial', 'Opening quantity'],
  ['minimum', 'Minimum quantity'],
  ['maximum', 'Maximum quantity'],
] as const

type QuantityFieldsProps = {
  form: ComposeFormApi
  index: number
  name: string
  /** The template sets quantity limits: the rep sees and may adjust them. */
  limited: boolean
  errors?: Partial<Record<(typeof QUANTITIES)[number][0], FieldError>>
}

/**
 * Quantities only where they mean something: a template with quantity limits, or a rep who asks.
 * Most products are sold one at a time, and three empty boxes per line bury the prices on a phone.
 */
export function QuantityFields({ form, index, name, limited, errors }: QuantityFieldsProps) {
  const typed = Object.values(form.getValues(`lines.${index}.quantity`) ?? {}).some((value) =>
    value?.trim(),
  )
  const [asked, setAsked] = useState(false)
  if (!limited && !typed && !asked && !errors) {
    return (
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => setAsked(true)}>
          Set quantities<span className="sr-only"> for {name}</span>
        </Button>
      </div>
    )
  }
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      {QUANTITIES.map(([key, label]) => {
        const id = `lines-${index}-quantity-${key}`
        const error = errors?.[key]
        return (
          <FormField key={key} id={id} label={label} error={error?.message}>
            <Input
              inputMode="numeric"
              autoFocus={asked && key === 'initial'}
              {...controlProps(id, error)}
              {...form.register(`lines.${index}.quantity.${key}`)}
            />
          </FormField>
        )
      })}
    </div>
  )
}
