import { z } from '@/lib/zod'
import { roleSchema } from '@/lib/auth/roles'
import { PASSWORD_MIN } from './password-rule'

// Shared by the team page's forms, the invitation page and their server actions.

const id = z.string().trim().min(1, 'Missing id.').max(64)

export const inviteMemberSchema = z.object({
  email: z.email('Enter an email address.').trim().toLowerCase().max(254),
  role: roleSchema,
})

export const changeRoleSchema = z.object({ memberId: id, role: roleSchema })
export const memberIdSchema = z.object({ memberId: id })
export const invitationIdSchema = z.object({ invitationId: id })

/** What a new member chooses: the invitation page and `npm run create-admin` share it. */
export const newMemberSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(80, 'Keep your name to 80 characters.'),
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(128, 'Use at most 128 characters.'),
})

export const acceptInvitationSchema = newMemberSchema
  .extend({
    token: z.string().min(20, 'This invitation link is not valid.').max(100),
    confirmPassword: z.string(),
  })
  .refine((values) => values.password === values.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords differ.',
  })

export type InviteMemberInput = z.infer<typeof inviteMemberSchema>
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>
