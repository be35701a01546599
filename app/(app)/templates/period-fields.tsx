'use client'

import type { UseFormReturn } from 'react-hook-form'
import { controlProps, FormField } from '@/components/form-field'
import { Input } from '@/components/ui/input'
import { NativeSelect } from '@/components/ui/native-select'
import { PERIOD_UNITS } from '@/lib/salesnip/limits'
import type { TemplateFormInput } from '@/lib/templates/schema'

type PeriodFieldsProps = {
  form: UseFormReturn<TemplateFormInput, unknown, TemplateFormInput>
  name: 'recurring' | 'trial'
  label: string
}

export function PeriodFields({ form, name, label }: PeriodFieldsProps) {
  const errors = form.formState.errors[name]
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField id={`${name}-count`} label={`${label}: count`} error={errors?.count?.message}>
        <Input
          inputMode="numeric"
          {...controlProps(`${name}-count`, errors?.count)}
          {...form.register(`${name}.count`)}
        />
      </FormField>
      <FormField id={`${name}-unit`} label={`${label}: unit`} error={errors?.unit?.message}>
        <NativeSelect
          {...controlProps(`${name}-unit`, errors?.unit)}
          {...form.register(`${name}.unit`)}
        >
          <option value="">None</option>
          {PERIOD_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {unit.toLowerCase()}
            </option>
          ))}
        </NativeSelect>
      </FormField>
    </div>
  )
}
