'use client'

import type { ComponentProps } from 'react'
import { useDeferredModule } from '@/components/use-deferred-module'
import { AccountButton, NavigationButton, PaletteButton } from './header-buttons'
import type { CommandPalette } from './command-palette'
import type { MobileNav } from './mobile-nav'
import type { UserMenu } from './user-menu'

// The header's menus load after the page is interactive (see use-deferred-module.ts); until then
// their buttons show, disabled.

const loadMobileNav = () => import('./mobile-nav')
const loadCommandPalette = () => import('./command-palette')
const loadUserMenu = () => import('./user-menu')

export function DeferredMobileNav(props: ComponentProps<typeof MobileNav>) {
  const loaded = useDeferredModule(loadMobileNav)
  return loaded ? <loaded.MobileNav {...props} /> : <NavigationButton disabled />
}

export function DeferredCommandPalette(props: ComponentProps<typeof CommandPalette>) {
  const loaded = useDeferredModule(loadCommandPalette)
  return loaded ? <loaded.CommandPalette {...props} /> : <PaletteButton disabled />
}

export function DeferredUserMenu(props: ComponentProps<typeof UserMenu>) {
  const loaded = useDeferredModule(loadUserMenu)
  return loaded ? (
    <loaded.UserMenu {...props} />
  ) : (
    <AccountButton name={props.member.name} disabled />
  )
}
