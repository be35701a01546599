'use client'

import type { ComponentProps } from 'react'
import { useDeferredModule } from '@/components/use-deferred-module'
import { AccountButton, NavigationButton } from './header-buttons'
import type { MobileNav } from './mobile-nav'
import type { UserMenu } from './user-menu'

// The header's menus load after the page is interactive (see use-deferred-module.ts); until then
// their buttons show, disabled. (The command palette defers its own dialog: command-palette.tsx.)

const loadMobileNav = () => import('./mobile-nav')
const loadUserMenu = () => import('./user-menu')

export function DeferredMobileNav(props: ComponentProps<typeof MobileNav>) {
  const loaded = useDeferredModule(loadMobileNav)
  return loaded ? <loaded.MobileNav {...props} /> : <NavigationButton disabled />
}

export function DeferredUserMenu(props: ComponentProps<typeof UserMenu>) {
  const loaded = useDeferredModule(loadUserMenu)
  return loaded ? (
    <loaded.UserMenu {...props} />
  ) : (
    <AccountButton name={props.member.name} disabled />
  )
}
