'use client'

import type { ComponentProps } from 'react'
import { Button } from '@/components/ui/button'
import { useDeferredModule } from '@/components/use-deferred-module'

// The confirmation dialog (Radix) loads after the page; its button shows, disabled, until then.
const loadDialog = () => import('./deactivate-member-dialog')

export function DeactivateMemberButton({ member }: { member: { id: string; name: string } }) {
  const loaded = useDeferredModule(loadDialog)
  return loaded ? (
    <loaded.DeactivateMemberDialog member={member} />
  ) : (
    <DeactivateTrigger name={member.name} disabled />
  )
}

export function DeactivateTrigger({
  name,
  ...props
}: ComponentProps<typeof Button> & { name: string }) {
  return (
    <Button variant="outline" size="sm" aria-label={`Deactivate ${name}`} {...props}>
      Deactivate
    </Button>
  )
}
