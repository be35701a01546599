'use client'

import { useState } from 'react'
import { ChevronRightIcon } from 'lucide-react'
import { controlProps, FormField } from '@/components/form-field'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { NativeSelect } from '@/components/ui/native-select'
import { CURRENCIES, type Currency } from '@/lib/salesnip/currency-list'
import { SESSION_ID_PLACEHOLDER } from '@/lib/salesnip/limits'
import { cn } from '@/lib/utils'
import { useDeferredModule } from '@/components/use-deferred-module'
import { hasEditedPrices, repriced } from '@/lib/compose/lines'
import type { ComposeForm } from '@/lib/compose/schema'
import type { TemplateLookup } from '@/lib/compose/template-lookup'
import type { ComposeFormApi } from './form-types'

// The re-price question (a Radix dialog) loads after the page: it is asked rarely, and only after a
// change of currency, by which time it is there.
const loadRepriceDialog = () => import('./reprice-dialog')

type Priced = Pick<ComposeForm, 'lines' | 'crossSells'>

type SessionSettingsProps = {
  form: ComposeFormApi
  templates: TemplateLookup
  onRepriced: (next: Priced) => void
  /** The console relays SaleSnip's callbacks: these addresses are where it sends the buyer on. */
  relayed: boolean
}

export function SessionSettings({ form, templates, onRepriced, relayed }: SessionSettingsProps) {
  const { errors } = form.formState
  const [pendingCurrency, setPendingCurrency] = useState<Currency | null>(null)
  const reprice = useDeferredModule(loadRepriceDialog)
  const currency = form.watch('currency')
  const projectId = form.watch('projectId')
  const callbacks = form.watch('callbacks')
  // Prefilled from Settings and folded away; it opens by itself when something here is missing or
  // wrong, so a rep never sends without seeing why Create refuses.
  const wrong = Boolean(errors.projectId || errors.currency || errors.callbacks)
  const [open, setOpen] = useState(() => !projectId.trim())
  const { submitCount } = form.formState
  // Adjusted while rendering (not in an effect): a new problem, or a new Create press with one.
  const [seen, setSeen] = useState({ wrong, submitCount })
  if (seen.wrong !== wrong || seen.submitCount !== submitCount) {
    setSeen({ wrong, submitCount })
    if (wrong) setOpen(true)
  }
  const summary = [
    projectId.trim() || 'no project id',
    currency,
    relayed
      ? 'returns recorded'
      : callbacks.success.trim() || callbacks.cancel.trim()
        ? 'callbacks set'
        : 'no callbacks',
  ].join(' · ')

  function applyCurrency(next: Currency) {
    const current = form.getValues()
    form.setValue('currency', next, { shouldDirty: true })
    onRepriced(repriced(current, templates, next))
    setPendingCurrency(null)
  }

  function chooseCurrency(next: Currency) {
    const current = form.getValues()
    // Re-pricing replaces what the rep typed: ask first when any price was edited.
    if (hasEditedPrices(current, templates)) setPendingCurrency(next)
    else applyCurrency(next)
  }

  function insertPlaceholder(name: 'callbacks.success' | 'callbacks.cancel', inputId: string) {
    const input = document.getElementById(inputId) as HTMLInputElement | null
    const value = form.getValues(name)
    const at = input?.selectionStart ?? value.length
    const next =
      value.slice(0, at) + SESSION_ID_PLACEHOLDER + value.slice(input?.selectionEnd ?? at)
    form.setValue(name, next, { shouldDirty: true, shouldValidate: true })
    input?.focus()
  }

  return (
    <section aria-labelledby="settings-title" className="rounded-lg border bg-card shadow-xs">
      <h2 id="settings-title" className="text-base font-semibold">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="settings-body"
          onClick={() => setOpen(!open)}
          className="flex w-full min-w-0 items-center gap-2 rounded-lg p-5 text-left sm:px-6"
        >
          <ChevronRightIcon
            aria-hidden
            className={cn('size-4 shrink-0 transition-transform', open && 'rotate-90')}
          />
          <span className="shrink-0">Session settings</span>
          <span className="min-w-0 truncate text-sm font-normal text-muted-foreground">
            {summary}
          </span>
        </button>
      </h2>
      <div id="settings-body" hidden={!open} className="grid gap-4 px-5 pb-5 sm:px-6 sm:pb-6">
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id="projectId"
            label="SaleSnip project id"
            hint="From SaleSnip's dashboard, the project's Keys tab."
            error={errors.projectId?.message}
          >
            <Input
              {...controlProps('projectId', errors.projectId, { hint: true })}
              {...form.register('projectId')}
            />
          </FormField>
          <FormField
            id="currency"
            label="Currency"
            hint="Every price of the session is in this currency."
            error={errors.currency?.message}
          >
            <NativeSelect
              {...controlProps('currency', errors.currency, { hint: true })}
              value={currency}
              onChange={(event) => chooseCurrency(event.target.value as Currency)}
            >
              {CURRENCIES.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </NativeSelect>
          </FormField>
        </div>
        {relayed ? (
          <p id="callbacks-hint" className="text-sm text-muted-foreground">
            Where the buyer goes after the chat. SaleSnip sends the buyer back through the console
            first (its addresses are in the preview), which records an accept or a cancel at once,
            then on to these; left empty, the buyer sees a thank-you page. {SESSION_ID_PLACEHOLDER}{' '}
            is replaced by SaleSnip&apos;s session id.
          </p>
        ) : (
          <p id="callbacks-hint" className="text-sm text-muted-foreground">
            Where SaleSnip sends the buyer after the chat. {SESSION_ID_PLACEHOLDER} in an address is
            replaced by the session&apos;s id. Leave both empty when the buyer chats in
            SaleSnip&apos;s widget on your site.
          </p>
        )}
        {(['success', 'cancel'] as const).map((kind) => {
          const id = `callbacks-${kind}`
          const error = errors.callbacks?.[kind]
          return (
            <div key={kind} className="grid items-end gap-2 sm:grid-cols-[1fr_auto]">
              <FormField
                id={id}
                label={kind === 'success' ? 'Success address' : 'Cancel address'}
                error={error?.message}
              >
                <Input
                  type="url"
                  placeholder="https://…"
                  {...controlProps(id, error)}
                  {...form.register(`callbacks.${kind}`)}
                />
              </FormField>
              <Button
                type="button"
                variant="outline"
                className="sm:mb-[calc(1.25rem+0.375rem)]"
                onClick={() => insertPlaceholder(`callbacks.${kind}`, id)}
              >
                Insert {SESSION_ID_PLACEHOLDER}
                <span className="sr-only"> into the {kind} address</span>
              </Button>
            </div>
          )
        })}
        {reprice && (
          <reprice.RepriceDialog
            pendingCurrency={pendingCurrency}
            currency={currency}
            onKeep={() => setPendingCurrency(null)}
            onReprice={applyCurrency}
          />
        )}
      </div>
    </section>
  )
}
