'use client'

import { useFieldArray, type UseFormReturn } from 'react-hook-form'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { Input } from '@/components/ui/input'
import { NativeSelect } from '@/components/ui/native-select'
import { CURRENCIES } from '@/lib/salesnip/currency-list'
import type { TemplateFormInput } from '@/lib/templates/schema'

type PriceRowsProps = { form: UseFormReturn<TemplateFormInput, unknown, TemplateFormInput> }

export function PriceRows({ form }: PriceRowsProps) {
  const prices = useFieldArray({ control: form.control, name: 'prices' })
  const errors = form.formState.errors.prices
  return (
    <Card aria-labelledby="prices-title" className="grid gap-3">
      <CardTitle id="prices-title">Prices</CardTitle>
      <CardDescription>
        The opening price, and the floor: the lowest a rep may ever offer.
      </CardDescription>
      {prices.fields.map((row, index) => (
        <div key={row.id} className="grid items-start gap-3 sm:grid-cols-[8rem_1fr_1fr_auto]">
          <FormField
            id={`price-${index}-currency`}
            label={
              <>
                Currency<span className="sr-only"> {index + 1}</span>
              </>
            }
            labelClassName={index > 0 ? 'sm:sr-only' : undefined}
            error={errors?.[index]?.currency?.message}
          >
            <NativeSelect
              {...controlProps(`price-${index}-currency`, errors?.[index]?.currency)}
              {...form.register(`prices.${index}.currency`)}
            >
              {CURRENCIES.map((code) => (
                <option key={code}>{code}</option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField
            id={`price-${index}-opening`}
            label={
              <>
                Opening price<span className="sr-only"> {index + 1}</span>
              </>
            }
            labelClassName={index > 0 ? 'sm:sr-only' : undefined}
            error={errors?.[index]?.opening?.message}
          >
            <Input
              inputMode="decimal"
              {...controlProps(`price-${index}-opening`, errors?.[index]?.opening)}
              {...form.register(`prices.${index}.opening`)}
            />
          </FormField>
          <FormField
            id={`price-${index}-floor`}
            label={
              <>
                Floor price<span className="sr-only"> {index + 1}</span>
              </>
            }
            labelClassName={index > 0 ? 'sm:sr-only' : undefined}
            error={errors?.[index]?.floor?.message}
          >
            <Input
              inputMode="decimal"
              {...controlProps(`price-${index}-floor`, errors?.[index]?.floor)}
              {...form.register(`prices.${index}.floor`)}
            />
          </FormField>
          <Button
            type="button"
            variant="ghost"
            className={index === 0 ? 'sm:mt-5.5' : undefined}
            disabled={prices.fields.length === 1}
            onClick={() => prices.remove(index)}
          >
            Remove currency {index + 1}
          </Button>
        </div>
      ))}
      {errors?.message && <p className="text-sm text-destructive">{errors.message}</p>}
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => prices.append({ currency: 'EUR', opening: '', floor: '' })}
        >
          Add currency
        </Button>
      </div>
    </Card>
  )
}
