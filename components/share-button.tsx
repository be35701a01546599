'use client'

import { Share2Icon } from 'lucide-react'
import { useSyncExternalStore } from 'react'
import { copyText } from '@/components/copy-text'
import { toast } from '@/components/toast'
import { Button } from '@/components/ui/button'

const canShare = () => typeof navigator.share === 'function'
const noSubscription = () => () => {}

type ShareButtonProps = {
  title: string
  /** The whole message, the link included. */
  text: string
}

/**
 * The phone's own share sheet (the Web Share API: messages, mail, WhatsApp…) where there is one;
 * elsewhere a copy of the message with the link, ready to paste.
 */
export function ShareButton({ title, text }: ShareButtonProps) {
  const native = useSyncExternalStore(noSubscription, canShare, () => false)
  async function share() {
    if (native) {
      try {
        await navigator.share({ title, text })
      } catch (error) {
        // Closing the share sheet is a choice, not an error.
        if ((error as Error).name !== 'AbortError') toast.error('Could not share: copy the link.')
      }
      return
    }
    await copyText(text, {
      copied: 'Message with the link copied: paste it where you talk to the buyer.',
      failed: 'Could not copy: select the link and copy it by hand.',
    })
  }
  return (
    <Button type="button" variant="outline" onClick={share}>
      <Share2Icon aria-hidden />
      Share
    </Button>
  )
}
