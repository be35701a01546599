import { ChevronDownIcon, CircleUserIcon, MenuIcon, SearchIcon } from 'lucide-react'
import type { ComponentProps } from 'react'
import { Button } from '@/components/ui/button'

// The header's buttons, apart from the menus they open: each shows at once, disabled until its
// menu's code has loaded (deferred-header.tsx), then the menu renders the same button as its trigger.

type HeaderButtonProps = ComponentProps<typeof Button>

export function NavigationButton(props: HeaderButtonProps) {
  return (
    <Button
      variant="ghost"
      size="icon"
      className="md:hidden"
      aria-label="Open navigation"
      {...props}
    >
      <MenuIcon aria-hidden />
    </Button>
  )
}

export function PaletteButton(props: HeaderButtonProps) {
  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      aria-keyshortcuts="Control+K Meta+K"
      className="text-muted-foreground"
      {...props}
    >
      <SearchIcon aria-hidden />
      <span className="max-sm:sr-only">Go to…</span>
      <kbd className="hidden rounded border px-1 text-xs sm:inline">Ctrl K</kbd>
    </Button>
  )
}

export function AccountButton({ name, ...props }: HeaderButtonProps & { name: string }) {
  return (
    <Button variant="ghost" aria-label={`Account: ${name}`} {...props}>
      <CircleUserIcon aria-hidden />
      <span className="hidden max-w-40 truncate sm:inline">{name}</span>
      <ChevronDownIcon aria-hidden />
    </Button>
  )
}
