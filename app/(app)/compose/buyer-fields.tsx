'use client'

import { controlProps, FormField } from '@/components/form-field'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { Input } from '@/components/ui/input'
import type { ComposeFormApi } from './form-types'

const FIELDS = [
  { name: 'name', label: 'Buyer name', type: 'text', autoComplete: 'off' },
  { name: 'email', label: 'Buyer email', type: 'email', autoComplete: 'off' },
  { name: 'company', label: 'Company', type: 'text', autoComplete: 'off' },
  { name: 'dealReference', label: 'Deal reference', type: 'text', autoComplete: 'off' },
] as const

export function BuyerFields({ form }: { form: ComposeFormApi }) {
  const { errors } = form.formState
  return (
    <Card aria-labelledby="buyer-title" className="grid gap-4">
      <div>
        <CardTitle id="buyer-title">Buyer</CardTitle>
        <CardDescription>
          Who this link is for. The team finds the session in the history by these; the deal
          reference is free text, such as a CRM id.
        </CardDescription>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((field) => {
          const id = `buyer-${field.name}`
          const error = errors.buyer?.[field.name]
          return (
            <FormField key={field.name} id={id} label={field.label} error={error?.message}>
              <Input
                type={field.type}
                autoComplete={field.autoComplete}
                {...controlProps(id, error)}
                {...form.register(`buyer.${field.name}`)}
              />
            </FormField>
          )
        })}
      </div>
    </Card>
  )
}
