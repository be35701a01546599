'use client'

import Link from 'next/link'
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import type { CreateResult } from '@/lib/sessions/create-result'

type BannerProps = {
  outcome: CreateResult | undefined
  serverError: string | undefined
  validationFailed: boolean
  rootError: string | undefined
  onNewKey: () => void
}

/** What the last "Create session" came to, when it did not create one. The form stays as typed. */
export function CreateResultBanner(props: BannerProps) {
  const { outcome, serverError, validationFailed, rootError, onNewKey } = props
  const [newKey, setNewKey] = useState(false)
  const box = 'rounded-lg border border-destructive/60 bg-destructive/5 p-4 text-sm'

  if (serverError)
    return (
      <p role="alert" className={box}>
        {serverError}
      </p>
    )
  if (validationFailed || rootError) {
    return (
      <p role="alert" className={box}>
        {rootError ?? 'Some fields need attention: nothing was sent to SaleSnip.'}
      </p>
    )
  }
  if (!outcome || outcome.kind === 'created' || outcome.kind === 'invalid') return null
  if (outcome.kind === 'unknown') {
    return (
      <div role="alert" className={box}>
        <p className="font-medium">Outcome unknown</p>
        <p>{outcome.message}</p>
        <p className="mt-1">
          Your composition is kept.{' '}
          <Link href="/history" className="underline">
            Open the history
          </Link>{' '}
          to see whether the session exists.
        </p>
        {newKey ? (
          <p className="mt-2">
            A new key is set: &ldquo;Create session&rdquo; now makes a new session, even if the
            first one went through.
          </p>
        ) : (
          <Button
            type="button"
            variant="outline"
            size="sm"
            className="mt-2"
            onClick={() => {
              onNewKey()
              setNewKey(true)
            }}
          >
            I checked: allow creating it again
          </Button>
        )}
      </div>
    )
  }
  const title =
    outcome.kind === 'in-progress'
      ? 'Still in progress'
      : outcome.kind === 'limited'
        ? 'Too many sessions at once'
        : 'SaleSnip did not create the session'
  return (
    <div role="alert" className={box}>
      <p className="font-medium">{title}</p>
      <p>{outcome.message}</p>
      {outcome.kind === 'failed' && (
        <p className="mt-1">Nothing was created and your composition is kept: you can try again.</p>
      )}
    </div>
  )
}
