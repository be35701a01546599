import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getMember } from '@/lib/auth/current-member'
import { safeNextPath } from '@/lib/auth/next-path'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }

type SignInPageProps = { searchParams: Promise<{ next?: string; email?: string; joined?: string }> }

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { next, email, joined } = await searchParams
  if (await getMember()) redirect(safeNextPath(next))
  return (
    <>
      <h1 className="mb-6 text-xl font-semibold">Sign in</h1>
      {joined && (
        <p role="status" className="mb-4 rounded-md bg-accent p-3 text-sm text-accent-foreground">
          Your account is ready. Sign in with your new password.
        </p>
      )}
      <SignInForm next={safeNextPath(next)} email={email ?? ''} />
    </>
  )
}
