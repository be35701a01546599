'use server'

import { APIError } from 'better-auth/api'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { actionClient } from '@/lib/auth/action-client'
import { auth, DEACTIVATED_MESSAGE } from '@/lib/auth/auth'
import { safeNextPath } from '@/lib/auth/next-path'
import { signInSchema } from '@/lib/auth/sign-in-schema'
import { AppError } from '@/lib/errors'

// Public: the one action that needs no session. Rate-limited by better-auth's sign-in hook.
export const signInAction = actionClient
  .inputSchema(signInSchema)
  .action(async ({ parsedInput }) => {
    try {
      await auth.api.signInEmail({
        body: { email: parsedInput.email, password: parsedInput.password },
        headers: await headers(),
      })
    } catch (error) {
      throw signInError(error)
    }
    redirect(safeNextPath(parsedInput.next))
  })

function signInError(error: unknown): unknown {
  if (!(error instanceof APIError)) return error
  switch (error.statusCode) {
    case 401: // the same words whether or not the email exists
      return new AppError('SIGN_IN_FAILED', { userMessage: 'Wrong email or password.' })
    case 403:
      return new AppError('DEACTIVATED', { userMessage: DEACTIVATED_MESSAGE })
    case 429:
      return new AppError('RATE_LIMITED', { userMessage: error.message })
    default:
      return error
  }
}
