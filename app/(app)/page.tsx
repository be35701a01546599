import Link from 'next/link'
import { ArrowRightIcon } from 'lucide-react'
import { PageHeader } from '@/components/page-header'
import { requireMember } from '@/lib/auth/current-member'
import { sectionsFor } from '@/lib/navigation'
import { getWorkspace } from '@/lib/settings/data'

export default async function HomePage() {
  const [member, workspace] = await Promise.all([requireMember(), getWorkspace()])
  return (
    <>
      <PageHeader
        title={`Welcome to ${workspace.name}`}
        description="Compose SaleSnip negotiation sessions, keep the product catalogue, and share the links with your team."
      />
      <ul className="grid gap-4 sm:grid-cols-2">
        {sectionsFor(member.role).map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="group flex h-full flex-col gap-1 rounded-lg border bg-card p-5 shadow-xs hover:border-primary"
            >
              <span className="flex items-center gap-2 font-semibold">
                {section.label}
                <ArrowRightIcon
                  className="size-4 transition-transform group-hover:translate-x-0.5"
                  aria-hidden
                />
              </span>
              <span className="text-sm text-muted-foreground">{section.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}
