import { CopyIcon, MoreHorizontalIcon } from 'lucide-react'
import type { ComponentProps } from 'react'
import { copyText } from '@/components/copy-text'
import { SpriteIcon } from '@/components/icon-sprite'
import { Button } from '@/components/ui/button'

// A history row's buttons: copy its link, and the one that opens its menu (row-actions.tsx).

/** Their icons, drawn once by the table (see icon-sprite.tsx). */
export const ROW_ICONS = { 'history-copy-icon': CopyIcon, 'history-menu-icon': MoreHorizontalIcon }

export const copyLink = (url: string) =>
  copyText(url, {
    copied: 'Link copied.',
    failed: 'Could not copy: open the session and copy the link by hand.',
  })

export function CopyLinkButton({ url, buyer }: { url: string; buyer: string }) {
  return (
    <Button
      type="button"
      variant="ghost"
      size="sm"
      aria-label={`Copy link for ${buyer}`}
      onClick={() => copyLink(url)}
    >
      <SpriteIcon id="history-copy-icon" />
    </Button>
  )
}

/** Shown disabled until the menu's code has loaded, then as the menu's trigger. */
export function RowActionsButton({
  buyer,
  ...props
}: ComponentProps<typeof Button> & { buyer: string }) {
  return (
    <Button variant="ghost" size="sm" aria-label={`Actions for ${buyer}`} {...props}>
      <SpriteIcon id="history-menu-icon" />
    </Button>
  )
}
