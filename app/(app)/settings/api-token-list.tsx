'use client'

import { useAction } from 'next-safe-action/hooks'
import { toast } from '@/components/toast'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { revokeApiTokenAction } from '@/lib/api/actions/tokens'
import type { ApiScope } from '@/lib/api/scopes'

export type TokenListItem = {
  id: string
  name: string
  prefix: string
  scopes: ApiScope[]
  memberName: string
  createdAt: string
  expiresAt: string | null
  lastUsedAt: string | null
  state: 'active' | 'expired' | 'revoked'
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en', { dateStyle: 'medium' })

/** The workspace's tokens: who each acts as, its scopes, last use and expiry; revoke in a click. */
export function ApiTokenList({ tokens }: { tokens: TokenListItem[] }) {
  const revoke = useAction(revokeApiTokenAction)
  if (tokens.length === 0)
    return <p className="mt-4 text-sm text-muted-foreground">No API tokens yet.</p>
  return (
    <ul className="mt-4 grid gap-3" aria-label="API tokens">
      {tokens.map((token) => (
        <li
          key={token.id}
          className="grid gap-1 rounded-md border p-3 text-sm sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center"
        >
          <div className="grid min-w-0 gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{token.name}</span>
              <code className="text-xs text-muted-foreground">{token.prefix}…</code>
              {token.state !== 'active' && (
                <Badge tone="negative">{token.state === 'revoked' ? 'Revoked' : 'Expired'}</Badge>
              )}
            </div>
            <p className="break-words text-muted-foreground">
              Acts as {token.memberName} · {token.scopes.join(', ')}
            </p>
            <p className="text-muted-foreground">
              Created {day(token.createdAt)} ·{' '}
              {token.lastUsedAt ? `last used ${day(token.lastUsedAt)}` : 'never used'} ·{' '}
              {token.expiresAt ? `expires ${day(token.expiresAt)}` : 'never expires'}
            </p>
          </div>
          {token.state === 'active' && (
            <Button
              variant="outline"
              size="sm"
              aria-label={`Revoke ${token.name}`}
              disabled={revoke.isExecuting}
              onClick={async () => {
                const result = await revoke.executeAsync({ tokenId: token.id })
                if (result?.serverError) toast.error(result.serverError)
                else toast.success(`${token.name} is revoked.`)
              }}
            >
              Revoke
            </Button>
          )}
        </li>
      ))}
    </ul>
  )
}
