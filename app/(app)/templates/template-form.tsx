'use client'

import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { deferredZodResolver } from '@/components/deferred-zod-resolver'
import Link from 'next/link'
import type { ChangeEvent } from 'react'
import { controlProps, FormField } from '@/components/form-field'
import { useUnsavedChanges } from '@/components/use-unsaved-changes'
import { Button } from '@/components/ui/button'
import { Card, CardTitle } from '@/components/ui/card'
import { Input } from '@/components/ui/input'
import { MetadataRows, type MetadataForm } from '@/components/metadata-rows'
import { saveTemplateAction } from '@/lib/templates/actions/save-template'
import type { TemplateOption } from '@/lib/templates/read-data'
import { productIdFromName } from '@/lib/templates/product-id'
import type { TemplateFormInput } from '@/lib/templates/schema'
import { ImagePreview } from './image-preview'
import { OfferFields } from './offer-fields'
import { PeriodFields } from './period-fields'
import { PriceRows } from './price-rows'

type TemplateFormProps = { defaults: TemplateFormInput; options: TemplateOption[] }

const resolver = deferredZodResolver(() =>
  import('@/lib/templates/schema').then((m) => m.templateFormSchema),
)

export function TemplateForm({ defaults, options }: TemplateFormProps) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(saveTemplateAction, resolver, {
    formProps: { defaultValues: defaults },
  })
  const { errors } = form.formState
  const conflict = action.result.data?.conflict
  const others = options.filter((option) => option.id !== defaults.templateId)
  const isNew = !defaults.templateId
  const saved = Boolean(action.result.data && !conflict)
  useUnsavedChanges(form.formState.isDirty && !saved && !action.isExecuting)

  return (
    <form
      onSubmit={handleSubmitWithAction}
      noValidate
      className="grid grid-cols-[minmax(0,1fr)] gap-6"
    >
      {conflict && (
        <div role="alert" className="rounded-lg border border-destructive p-4 text-sm">
          <p className="font-medium">
            Someone saved this template after you opened it, so your changes were not saved.
          </p>
          <Button
            type="button"
            variant="outline"
            size="sm"
            className="mt-2"
            onClick={() => form.reset(conflict)}
          >
            Load their version
          </Button>
        </div>
      )}
      <Card aria-labelledby="basics-title" className="grid gap-4">
        <CardTitle id="basics-title">Product</CardTitle>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="name" label="Name" error={errors.name?.message}>
            <Input
              {...controlProps('name', errors.name)}
              {...form.register('name', {
                // A new template's product id follows its name until the manager types one.
                onChange: (event: ChangeEvent<HTMLInputElement>) => {
                  if (isNew && !form.getFieldState('productId').isDirty)
                    form.setValue('productId', productIdFromName(event.target.value))
                },
              })}
            />
          </FormField>
          <FormField
            id="productId"
            label="Product id"
            hint={
              isNew
                ? 'Sent to SaleSnip; unique in the catalogue. Suggested from the name until you change it.'
                : 'Sent to SaleSnip; unique in the catalogue.'
            }
            error={errors.productId?.message}
          >
            <Input
              {...controlProps('productId', errors.productId, { hint: true })}
              {...form.register('productId')}
            />
          </FormField>
        </div>
        <FormField id="description" label="Description" error={errors.description?.message}>
          <textarea
            rows={3}
            className="rounded-md border border-input bg-background px-3 py-2 text-sm"
            {...controlProps('description', errors.description)}
            {...form.register('description')}
          />
        </FormField>
        <div className="grid items-start gap-4 sm:grid-cols-[1fr_auto]">
          <FormField id="image" label="Image address" error={errors.image?.message}>
            <Input
              type="url"
              placeholder="https://…"
              {...controlProps('image', errors.image)}
              {...form.register('image')}
            />
          </FormField>
          <ImagePreview url={form.watch('image')} />
        </div>
        <FormField
          id="tags"
          label="Tags"
          hint="Separated by commas, e.g. annual, pro."
          error={errors.tags?.message}
        >
          <Input
            {...controlProps('tags', errors.tags, { hint: true })}
            {...form.register('tags')}
          />
        </FormField>
      </Card>

      <PriceRows form={form} />

      <Card aria-labelledby="terms-title" className="grid gap-4">
        <CardTitle id="terms-title">Quantity and billing</CardTitle>
        <div className="grid gap-4 sm:grid-cols-3">
          {(['initial', 'minimum', 'maximum'] as const).map((key) => (
            <FormField
              key={key}
              id={`quantity-${key}`}
              label={`Quantity: ${key === 'initial' ? 'opening' : key}`}
              error={errors.quantity?.[key]?.message}
            >
              <Input
                inputMode="numeric"
                {...controlProps(`quantity-${key}`, errors.quantity?.[key])}
                {...form.register(`quantity.${key}`)}
              />
            </FormField>
          ))}
        </div>
        <PeriodFields form={form} name="recurring" label="Billed every" />
        <PeriodFields form={form} name="trial" label="Free trial" />
      </Card>

      <MetadataRows form={form as unknown as MetadataForm} />

      <OfferFields form={form} options={others} />

      <input type="hidden" {...form.register('templateId')} />
      <input type="hidden" {...form.register('version', { valueAsNumber: true })} />
      {action.result.serverError && (
        <p role="alert" className="text-sm text-destructive">
          {action.result.serverError}
        </p>
      )}
      {/* Save stays in view, at the bottom of a long form. */}
      <div className="sticky bottom-0 z-10 -mx-4 flex justify-end gap-2 border-t bg-background/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border">
        <Button asChild variant="outline">
          <Link href={isNew ? '/templates' : `/templates/${defaults.templateId}`}>Cancel</Link>
        </Button>
        <Button type="submit" disabled={action.isExecuting}>
          {action.isExecuting ? 'Saving…' : 'Save template'}
        </Button>
      </div>
    </form>
  )
}
