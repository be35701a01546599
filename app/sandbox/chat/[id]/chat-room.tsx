'use client'

import { useAction } from 'next-safe-action/hooks'
import { Button } from '@/components/ui/button'
import { formatMoney } from '@/lib/salesnip/money'
import {
  chooseExtraAction,
  finishNegotiationAction,
} from '@/lib/salesnip/sandbox/actions/chat-actions'
import { buyerTotal, type BuyerView } from '@/lib/salesnip/sandbox/buyer-view'
import { OfferForm } from './offer-form'

type ChatRoomProps = { sessionId: string; status: string; state: BuyerView }

export function ChatRoom({ sessionId, status, state }: ChatRoomProps) {
  const extra = useAction(chooseExtraAction)
  const finish = useAction(finishNegotiationAction)
  const open = status === 'ACTIVE'
  const error = extra.result.serverError ?? finish.result.serverError
  const total = formatMoney(buyerTotal(state), state.currency)
  const taken = state.items.filter((item) => item.kind === 'main' || item.included)

  return (
    <>
      <div
        role="log"
        aria-label="Conversation"
        aria-live="polite"
        className="rounded-lg border bg-muted/40 p-4 text-sm"
      >
        <ol className="grid gap-2">
          {state.messages.map((message, index) => (
            <li
              key={index}
              className={message.from === 'buyer' ? 'justify-self-end text-right' : ''}
            >
              <span className="sr-only">{message.from === 'buyer' ? 'You' : 'Seller'}: </span>
              <span
                className={
                  message.from === 'buyer'
                    ? 'inline-block rounded-lg bg-primary px-3 py-1.5 text-primary-foreground'
                    : 'inline-block rounded-lg bg-card px-3 py-1.5 shadow-xs'
                }
              >
                {message.text}
              </span>
            </li>
          ))}
        </ol>
      </div>
      <ul className="grid gap-4">
        {state.items.map((item) => (
          <li
            key={item.key}
            className="rounded-lg border bg-card p-4"
            aria-labelledby={`item-${item.key}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`item-${item.key}`} className="font-semibold">
                {item.name}
                {item.kind !== 'main' && (
                  <span className="ml-2 text-xs font-normal text-muted-foreground">
                    {item.kind === 'upsell' ? 'Upgrade' : 'Also available'}
                  </span>
                )}
              </h2>
              <p className="text-sm">
                {formatMoney(item.price.current, state.currency)}
                {item.quantity && ` × ${item.quantity.current}`}
              </p>
            </div>
            {item.description && (
              <p className="mt-1 text-sm text-muted-foreground">{item.description}</p>
            )}
            {open && item.kind !== 'main' && (
              <Button
                variant="outline"
                size="sm"
                className="mt-3"
                disabled={extra.isExecuting}
                onClick={() =>
                  extra.execute({ sessionId, itemKey: item.key, included: !item.included })
                }
              >
                {item.included ? `Remove ${item.name}` : `Add ${item.name}`}
              </Button>
            )}
            {open && (item.kind === 'main' || item.included) && (
              <OfferForm
                key={`${item.price.current}-${item.quantity?.current}`}
                sessionId={sessionId}
                item={item}
                currency={state.currency}
              />
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      {open && (
        <p role="status" aria-live="polite" className="text-lg font-semibold tabular-nums">
          Your total: {total}
        </p>
      )}
      {open ? (
        <div className="flex gap-2">
          <Button
            disabled={finish.isExecuting}
            onClick={() => finish.execute({ sessionId, outcome: 'accept' })}
          >
            Accept the deal
          </Button>
          <Button
            variant="outline"
            disabled={finish.isExecuting}
            onClick={() => finish.execute({ sessionId, outcome: 'cancel' })}
          >
            Cancel
          </Button>
        </div>
      ) : (
        <section aria-labelledby="finished-title" className="rounded-lg border bg-card p-4">
          <h2 id="finished-title" className="font-semibold">
            {status === 'COMPLETE' ? `You accepted the deal: ${total}` : 'You left the negotiation'}
          </h2>
          {status === 'COMPLETE' ? (
            <ul className="mt-2 grid gap-1 text-sm">
              {taken.map((item) => (
                <li key={item.key} className="flex justify-between gap-4">
                  <span>{item.name}</span>
                  <span className="tabular-nums">
                    {formatMoney(item.price.current, state.currency)}
                    {item.quantity && ` × ${item.quantity.current}`}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-muted-foreground">Nothing was agreed.</p>
          )}
        </section>
      )}
    </>
  )
}
