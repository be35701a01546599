'use client'

import { Share2 } from 'lucide-react'
import type { ComponentProps } from 'react'
import { Button } from '@/components/ui/button'
import { useDeferredModule } from '@/components/use-deferred-module'

// The dialog (Radix) loads after the page, its form when it first opens (share-view-dialog.tsx).
const loadDialog = () => import('./share-view-dialog')

export function ShareViewButton({ view }: { view: string }) {
  const loaded = useDeferredModule(loadDialog)
  return loaded ? <loaded.ShareViewDialog view={view} /> : <ShareViewTrigger disabled />
}

export function ShareViewTrigger(props: ComponentProps<typeof Button>) {
  return (
    <Button variant="outline" size="sm" {...props}>
      <Share2 aria-hidden /> Share view
    </Button>
  )
}
