'use client'

import { LogOutIcon } from 'lucide-react'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { signOutAction } from '@/lib/auth/actions/sign-out'
import { ROLE_LABELS, type Role } from '@/lib/auth/role-labels'
import { AccountButton } from './header-buttons'

type UserMenuProps = { member: { name: string; email: string; role: Role } }

export function UserMenu({ member }: UserMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <AccountButton name={member.name} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>
          <span className="block font-medium">{member.name}</span>
          <span className="block text-xs text-muted-foreground">{member.email}</span>
          <span className="block text-xs text-muted-foreground">{ROLE_LABELS[member.role]}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void signOutAction()}>
          <LogOutIcon aria-hidden />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
