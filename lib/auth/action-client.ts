import 'server-only'
import { createSafeActionClient } from 'next-safe-action'
import { AppError, GENERIC_ERROR_MESSAGE } from '@/lib/errors'

// The one action client. Every server action starts from it: it parses input with the shared zod
// schema (validation errors come back nested by field path, which react-hook-form's adapter maps onto
// the fields) and turns thrown errors into a plain message: an AppError's own words, otherwise a
// generic line while the details go to the server log. Sign-in and roles add their middleware here.
export const actionClient = createSafeActionClient({
  handleServerError(error) {
    if (error instanceof AppError) return error.userMessage
    console.error('Server action failed:', error)
    return GENERIC_ERROR_MESSAGE
  },
})
