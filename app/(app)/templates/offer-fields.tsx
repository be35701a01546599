'use client'

import { useFieldArray, type UseFormReturn } from 'react-hook-form'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Card, CardTitle } from '@/components/ui/card'
import { NativeSelect } from '@/components/ui/native-select'
import type { TemplateOption } from '@/lib/templates/read-data'
import type { TemplateFormInput } from '@/lib/templates/schema'

type Form = UseFormReturn<TemplateFormInput, unknown, TemplateFormInput>

/** The upsell (one level deep) and up to 10 cross-sells, in order. */
export function OfferFields({ form, options: others }: { form: Form; options: TemplateOption[] }) {
  const crossSells = useFieldArray({ control: form.control, name: 'crossSells' })
  const { errors } = form.formState
  return (
    <Card aria-labelledby="offers-title" className="grid gap-4">
      <CardTitle id="offers-title">Upsell and cross-sells</CardTitle>
      <FormField
        id="upsellId"
        label="Upsell"
        hint="Offered on top of this product; one level deep."
        error={errors.upsellId?.message}
      >
        <NativeSelect
          {...controlProps('upsellId', errors.upsellId, { hint: true })}
          {...form.register('upsellId')}
        >
          <option value="">No upsell</option>
          {others
            .filter((option) => !option.hasUpsell)
            .map((option) => (
              <option key={option.id} value={option.id}>
                {option.name} ({option.productId})
              </option>
            ))}
        </NativeSelect>
      </FormField>
      {crossSells.fields.map((row, index) => (
        <div key={row.id} className="grid items-start gap-3 sm:grid-cols-[1fr_auto_auto]">
          <FormField
            id={`crossSell-${index}`}
            label={`Cross-sell ${index + 1}`}
            error={errors.crossSells?.[index]?.templateId?.message}
          >
            <NativeSelect
              {...controlProps(`crossSell-${index}`, errors.crossSells?.[index]?.templateId)}
              {...form.register(`crossSells.${index}.templateId`)}
            >
              <option value="">Choose a template</option>
              {others.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name} ({option.productId})
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <Button
            type="button"
            variant="ghost"
            className="sm:mt-5.5"
            disabled={index === 0}
            onClick={() => crossSells.move(index, index - 1)}
          >
            Move cross-sell {index + 1} up
          </Button>
          <Button
            type="button"
            variant="ghost"
            className="sm:mt-5.5"
            onClick={() => crossSells.remove(index)}
          >
            Remove cross-sell {index + 1}
          </Button>
        </div>
      ))}
      {errors.crossSells?.message && (
        <p className="text-sm text-destructive">{errors.crossSells.message}</p>
      )}
      <div className="flex items-center gap-3">
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={crossSells.fields.length >= 10}
          onClick={() => crossSells.append({ templateId: '' })}
        >
          Add cross-sell
        </Button>
        <span className="text-sm text-muted-foreground">{crossSells.fields.length}/10</span>
      </div>
    </Card>
  )
}
