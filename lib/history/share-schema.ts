import { z } from '@/lib/zod'
import { daySchema } from '@/lib/dates/day-range'

// Sharing a History view as a read-only link: the dialog and the action share this schema.

export const MAX_SHARE_DAYS = 365

export const createSharedViewSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name the view, e.g. "Q3 deals for finance".')
    .max(80, 'At most 80 characters.'),
  // The view's address as the History page has it ("?q=acme&status=accepted"); read like the page.
  view: z.string().max(2_000),
  // The link works until the end of this day (UTC).
  expiresOn: daySchema.refine(
    (day) => {
      const end = Date.parse(`${day}T23:59:59Z`)
      return end > Date.now() && end < Date.now() + (MAX_SHARE_DAYS + 1) * 86_400_000
    },
    { message: `Choose a day from today to ${MAX_SHARE_DAYS} days ahead.` },
  ),
  showEmails: z.boolean(),
})
export type CreateSharedViewInput = z.infer<typeof createSharedViewSchema>

export const revokeSharedViewSchema = z.object({ viewId: z.string().min(1).max(64) })
