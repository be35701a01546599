import 'server-only'
import { createSafeActionClient } from 'next-safe-action'
import { AppError, GENERIC_ERROR_MESSAGE } from '@/lib/errors'
import { getMember } from './current-member'
import { hasRole, ROLES, type Role } from './roles'

// The one action client. It parses input with the shared zod schema (validation errors come back
// nested by field path, which react-hook-form's adapter maps onto the fields) and turns thrown
// errors into a plain message: an AppError's own words, otherwise a generic line while the details
// go to the server log.
export const actionClient = createSafeActionClient({
  handleServerError(error) {
    if (error instanceof AppError) return error.userMessage
    console.error('Server action failed:', error)
    return GENERIC_ERROR_MESSAGE
  },
})

export const NOT_SIGNED_IN = 'Your session has ended. Sign in again.'
export const NOT_ALLOWED = 'Your role does not allow this.'

/**
 * Actions for members of the given roles. The check runs before the input is even parsed, so a
 * refused call learns nothing about its input and writes nothing.
 */
export function actionFor(roles: readonly Role[]) {
  return actionClient.use(async ({ next }) => {
    const member = await getMember()
    if (!member) throw new AppError('UNAUTHENTICATED', { userMessage: NOT_SIGNED_IN })
    if (!hasRole(member.role, roles)) throw new AppError('FORBIDDEN', { userMessage: NOT_ALLOWED })
    return next({ ctx: { member } })
  })
}

export const memberAction = actionFor(ROLES)
export const managerAction = actionFor(['admin', 'manager'])
export const adminAction = actionFor(['admin'])
