'use client'

import { ChevronDownIcon, CircleUserIcon } from 'lucide-react'
import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { ROLE_LABELS } from '@/lib/auth/roles'
import type { Viewer } from '@/lib/auth/viewer'

export function UserMenu({ viewer }: { viewer: Viewer }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" aria-label={`Account: ${viewer.name}`}>
          <CircleUserIcon aria-hidden />
          <span className="hidden max-w-40 truncate sm:inline">{viewer.name}</span>
          <ChevronDownIcon aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>
          <span className="block font-medium">{viewer.name}</span>
          {viewer.email && (
            <span className="block text-xs text-muted-foreground">{viewer.email}</span>
          )}
          <span className="block text-xs text-muted-foreground">{ROLE_LABELS[viewer.role]}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {/* Sign-in arrives in its own issue; until then there is no one to sign out. */}
        <DropdownMenuItem disabled>Sign-in is not enabled yet</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
