'use client'

import { useFieldArray, type UseFormReturn } from 'react-hook-form'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Card, CardTitle } from '@/components/ui/card'
import { Input } from '@/components/ui/input'

// Free key/value rows of a form that has `metadata: { key, value }[]` (templates, the composer).
// Callers cast their form to this shape: react-hook-form's paths do not survive generics.
export type MetadataForm = UseFormReturn<{ metadata: { key: string; value: string }[] }>

export function MetadataRows({ form, hint }: { form: MetadataForm; hint?: string }) {
  const metadata = useFieldArray({ control: form.control, name: 'metadata' })
  const { errors } = form.formState
  return (
    <Card aria-labelledby="metadata-title" className="grid gap-3">
      <CardTitle id="metadata-title">Metadata</CardTitle>
      {hint && <p className="text-sm text-muted-foreground">{hint}</p>}
      {metadata.fields.map((row, index) => (
        <div key={row.id} className="grid items-start gap-3 sm:grid-cols-[1fr_2fr_auto]">
          <FormField
            id={`metadata-${index}-key`}
            label={`Key ${index + 1}`}
            error={errors.metadata?.[index]?.key?.message}
          >
            <Input
              {...controlProps(`metadata-${index}-key`, errors.metadata?.[index]?.key)}
              {...form.register(`metadata.${index}.key`)}
            />
          </FormField>
          <FormField
            id={`metadata-${index}-value`}
            label={`Value ${index + 1}`}
            error={errors.metadata?.[index]?.value?.message}
          >
            <Input
              {...controlProps(`metadata-${index}-value`, errors.metadata?.[index]?.value)}
              {...form.register(`metadata.${index}.value`)}
            />
          </FormField>
          <Button
            type="button"
            variant="ghost"
            className="sm:mt-5.5"
            onClick={() => metadata.remove(index)}
          >
            Remove key {index + 1}
          </Button>
        </div>
      ))}
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => metadata.append({ key: '', value: '' })}
        >
          Add metadata
        </Button>
      </div>
    </Card>
  )
}
