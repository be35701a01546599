import 'server-only'
import { createSafeActionClient } from 'next-safe-action'
import { recordAuditTrail } from '@/lib/audit/data'
import type { AuditRecord } from '@/lib/audit/changes'
import { AppError, GENERIC_ERROR_MESSAGE } from '@/lib/errors'
import { log } from '@/lib/log'
import { REQUEST_ID_HEADER } from '@/lib/request-id'
import { headers } from 'next/headers'
import { getMember } from './current-member'
import { can, type Permission } from './permissions'

// The one action client. It parses input with the shared zod schema (validation errors come back
// nested by field path, which react-hook-form's adapter maps onto the fields) and turns thrown
// errors into a plain message: an AppError's own words, otherwise a generic line while the details
// go to the server log.
export const actionClient = createSafeActionClient({
  handleServerError(error) {
    if (error instanceof AppError) return error.userMessage
    log.error({ err: error }, 'server action failed')
    return GENERIC_ERROR_MESSAGE
  },
})

export const NOT_SIGNED_IN = 'Your session has ended. Sign in again.'
export const NOT_ALLOWED = 'Your role does not allow this.'

/**
 * Actions for members holding `permission`. The check runs before the input is even parsed, so a
 * refused call learns nothing about its input and writes nothing. The action reports what it changed
 * with `ctx.audit(…)`; once it has succeeded, this middleware records each entry with its actor
 * (as Formbricks' action client does), so no write goes unaudited by forgetting a call to the log.
 */
export function actionWith(permission: Permission) {
  return actionClient.use(async ({ next }) => {
    const member = await getMember()
    if (!member) throw new AppError('UNAUTHENTICATED', { userMessage: NOT_SIGNED_IN })
    if (!can(member.role, permission)) {
      throw new AppError('FORBIDDEN', { userMessage: NOT_ALLOWED })
    }
    const requestId = await currentRequestId()
    const logger = log.child({ requestId, memberId: member.id })
    const trail: AuditRecord[] = []
    const audit = (record: AuditRecord) => void trail.push(record)
    const result = await next({ ctx: { member, audit, log: logger } })
    if (result.serverError) logger.warn({ serverError: result.serverError }, 'action refused')
    if ((result.success || result.navigationKind) && trail.length > 0) {
      await recordAuditTrail(member.id, trail)
    }
    return result
  })
}

/** The request id the server stamped on this request (none outside a request, as in unit tests). */
async function currentRequestId(): Promise<string | null> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER)
  } catch {
    return null
  }
}
