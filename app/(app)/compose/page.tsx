import type { Metadata } from 'next'
import { PageHeader } from '@/components/page-header'
import { requireMember } from '@/lib/auth/current-member'
import { resolveConnectionForPage } from '@/lib/settings/connection-data'
import { publicLinks } from '@/lib/settings/public-links'
import { currencySchema } from '@/lib/salesnip/currencies'
import { loadComposeTemplates, templateIdsOf } from '@/lib/compose/load-templates'
import { emptyComposeForm } from '@/lib/compose/schema'
import { getDraft, listDrafts } from '@/lib/compose/drafts-data'
import { checkComposition, previewOf } from '@/lib/compose/check'
import { ComposeForm } from './compose-form'

export const metadata: Metadata = { title: 'Compose' }

type ComposePageProps = { searchParams: Promise<{ draft?: string | string[] }> }

export default async function ComposePage({ searchParams }: ComposePageProps) {
  const member = await requireMember('sessions.create')
  const { draft: draftParam } = await searchParams
  const draftId = typeof draftParam === 'string' ? draftParam : ''
  const [connection, drafts, draft] = await Promise.all([
    resolveConnectionForPage(),
    listDrafts(member.id),
    draftId ? getDraft(member.id, draftId) : null,
  ])
  const { defaults } = connection
  // A new idempotency key each time the page opens a new composition.
  const form =
    draft ??
    emptyComposeForm({
      idempotencyKey: crypto.randomUUID(),
      projectId: defaults.projectId,
      currency: currencySchema.catch('USD').parse(defaults.defaultCurrency),
      successUrl: defaults.successUrl,
      cancelUrl: defaults.cancelUrl,
    })
  const [templates, links] = await Promise.all([
    loadComposeTemplates(templateIdsOf(form)),
    publicLinks(connection),
  ])

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader
        title="Compose"
        description="Build a negotiation session for one buyer, check the exact request, and create its link."
      />
      {draftId && !draft && (
        <p role="status" className="rounded-md border p-3 text-sm">
          That draft no longer exists (it may have been used to create a session). Here is a new
          composition.
        </p>
      )}
      {links.problem && (
        <p role="status" className="rounded-md border p-3 text-sm">
          {links.problem}
        </p>
      )}
      <ComposeForm
        // Keyed by the address, not the key: a refresh of this page must not reset what is typed.
        key={draftId || 'new'}
        initial={form}
        initialTemplates={templates}
        // The browser runs the same check once its code has loaded, just after the page.
        initialCheck={previewOf(
          checkComposition(form, templates, member.role, { relayBase: links.relayBase }),
        )}
        role={member.role}
        apiBaseUrl={connection.baseUrl}
        relayBase={links.relayBase}
        drafts={drafts}
      />
    </div>
  )
}
