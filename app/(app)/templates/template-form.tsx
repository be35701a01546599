'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { useFieldArray } from 'react-hook-form'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Card, CardTitle } from '@/components/ui/card'
import { Input } from '@/components/ui/input'
import { NativeSelect } from '@/components/ui/native-select'
import { saveTemplateAction } from '@/lib/templates/actions/save-template'
import type { TemplateOption } from '@/lib/templates/queries'
import { templateFormSchema, type TemplateFormInput } from '@/lib/templates/schema'
import { ImagePreview } from './image-preview'
import { PeriodFields } from './period-fields'
import { PriceRows } from './price-rows'

type TemplateFormProps = { defaults: TemplateFormInput; options: TemplateOption[] }

export function TemplateForm({ defaults, options }: TemplateFormProps) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(
    saveTemplateAction,
    zodResolver(templateFormSchema),
    {
      formProps: { defaultValues: defaults },
    },
  )
  const { errors } = form.formState
  const metadata = useFieldArray({ control: form.control, name: 'metadata' })
  const crossSells = useFieldArray({ control: form.control, name: 'crossSells' })
  const conflict = action.result.data?.conflict
  const others = options.filter((option) => option.id !== defaults.templateId)

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="grid gap-6">
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
          <FormField
            id="productId"
            label="Product id"
            hint="Sent to SaleSnip; unique in the catalogue."
            error={errors.productId?.message}
          >
            <Input
              {...controlProps('productId', errors.productId, { hint: true })}
              {...form.register('productId')}
            />
          </FormField>
          <FormField id="name" label="Name" error={errors.name?.message}>
            <Input {...controlProps('name', errors.name)} {...form.register('name')} />
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

      <Card aria-labelledby="metadata-title" className="grid gap-3">
        <CardTitle id="metadata-title">Metadata</CardTitle>
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

      <input type="hidden" {...form.register('templateId')} />
      <input type="hidden" {...form.register('version', { valueAsNumber: true })} />
      {action.result.serverError && (
        <p role="alert" className="text-sm text-destructive">
          {action.result.serverError}
        </p>
      )}
      <div>
        <Button type="submit" disabled={action.isExecuting}>
          {action.isExecuting ? 'Saving…' : 'Save template'}
        </Button>
      </div>
    </form>
  )
}
