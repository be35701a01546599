'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { actionClient } from '@/lib/auth/action-client'
import { auth } from '@/lib/auth/auth'

// Anyone may sign out; without a session there is simply nothing to end.
export const signOutAction = actionClient.action(async () => {
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined)
  redirect('/sign-in')
})
