import { connection } from 'next/server'
import type { ReactNode } from 'react'
import { requireMember } from '@/lib/auth/current-member'
import { can } from '@/lib/auth/permissions'
import { sectionsFor } from '@/lib/navigation'
import { getWorkspaceForPage } from '@/lib/settings/data'
import { resolveConnectionForPage } from '@/lib/settings/connection-data'
import { ConnectionProblemBanner } from './connection-problem-banner'
import { SandboxBanner } from './sandbox-banner'
import { NavLinks } from './nav-links'
import { CommandPalette } from './command-palette'
import { DeferredMobileNav, DeferredUserMenu } from './deferred-header'
import { ActivityBell } from './activity-bell'
import { ActivityProvider } from './activity-provider'

// The signed-in console: navigation for the viewer's role, the workspace name and the user menu.
export default async function AppLayout({ children }: { children: ReactNode }) {
  await connection() // Rendered per request: it reads the database, never at build time.
  const member = await requireMember()
  const [workspace, salesnip] = await Promise.all([
    getWorkspaceForPage(),
    resolveConnectionForPage(),
  ])
  const canConfigure = can(member.role, 'settings.manage')
  const sections = sectionsFor(member.role).map(({ href, label }) => ({ href, label }))

  return (
    <ActivityProvider>
      <div className="min-h-dvh md:grid md:grid-cols-[15rem_1fr]">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-primary px-3 py-2 text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <aside className="hidden border-r bg-muted/40 md:flex md:flex-col md:gap-6 md:p-4">
          <p className="px-2 pt-1 text-sm font-semibold" data-testid="workspace-name">
            {workspace.name}
          </p>
          <nav aria-label="Main">
            <NavLinks sections={sections} />
          </nav>
        </aside>
        <div className="flex min-w-0 flex-col">
          <header className="flex h-14 items-center gap-3 border-b px-4 sm:px-6">
            <DeferredMobileNav sections={sections} workspaceName={workspace.name} />
            <span className="font-semibold md:hidden">Session Studio</span>
            <span className="hidden text-sm text-muted-foreground md:inline">Session Studio</span>
            <div className="ml-auto flex items-center gap-2">
              <CommandPalette
                sections={sections}
                canCompose={can(member.role, 'sessions.create')}
                canSearchHistory={can(member.role, 'history.read')}
              />
              <ActivityBell />
              <DeferredUserMenu member={member} />
            </div>
          </header>
          {salesnip.problem && (
            <ConnectionProblemBanner problem={salesnip.problem} canConfigure={canConfigure} />
          )}
          {salesnip.mode === 'sandbox' && <SandboxBanner canConfigure={canConfigure} />}
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-5xl flex-1 p-4 has-[[data-wide]]:max-w-none sm:p-6 lg:p-8"
          >
            {children}
          </main>
        </div>
      </div>
    </ActivityProvider>
  )
}
