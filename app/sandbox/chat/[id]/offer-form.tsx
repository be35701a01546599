'use client'

import { useSyncExternalStore } from 'react'
import { useHookFormAction } from '@next-safe-action/adapter-react-hook-form/hooks'
import { deferredZodResolver } from '@/components/deferred-zod-resolver'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { minorToPlainText } from '@/lib/salesnip/money'
import { makeOfferAction } from '@/lib/salesnip/sandbox/actions/chat-actions'
import type { BuyerItem } from '@/lib/salesnip/sandbox/buyer-view'

type OfferFormProps = { sessionId: string; item: BuyerItem; currency: string }

const noSubscription = () => () => {}

const resolver = deferredZodResolver(() =>
  import('@/lib/salesnip/sandbox/chat-schemas').then((m) => m.offerSchema),
)

export function OfferForm({ sessionId, item, currency }: OfferFormProps) {
  // Typing into the server-rendered box before the page is interactive would be overwritten (or
  // mixed with the default) when the form takes over: the boxes open once it has.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const { form, action, handleSubmitWithAction } = useHookFormAction(makeOfferAction, resolver, {
    formProps: {
      defaultValues: {
        sessionId,
        itemKey: item.key,
        price: minorToPlainText(item.price.current, currency),
        quantity: item.quantity?.current,
      },
    },
  })
  const priceId = `offer-${item.key}`
  const quantityId = `quantity-${item.key}`
  const error =
    form.formState.errors.price?.message ??
    form.formState.errors.quantity?.message ??
    action.result.serverError

  return (
    <form
      onSubmit={handleSubmitWithAction}
      noValidate
      className="mt-3 flex flex-wrap items-end gap-3"
    >
      <div className="grid gap-1.5">
        <Label htmlFor={priceId}>
          Your price for {item.name} ({currency})
        </Label>
        <Input
          id={priceId}
          inputMode="decimal"
          className="w-36"
          disabled={!ready}
          aria-invalid={error ? true : undefined}
          {...form.register('price')}
        />
      </div>
      {item.quantity && (
        <div className="grid gap-1.5">
          <Label htmlFor={quantityId}>Quantity of {item.name}</Label>
          <Input
            id={quantityId}
            type="number"
            min={item.quantity.minimum}
            max={item.quantity.maximum}
            className="w-24"
            disabled={!ready}
            {...form.register('quantity')}
          />
        </div>
      )}
      <Button type="submit" variant="outline" disabled={!ready || action.isExecuting}>
        Offer for {item.name}
      </Button>
      {error && (
        <p role="alert" className="w-full text-sm text-destructive">
          {error}
        </p>
      )}
    </form>
  )
}
