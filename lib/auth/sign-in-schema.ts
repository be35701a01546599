import { z } from '@/lib/zod'

export const signInSchema = z.object({
  email: z.email('Enter your email address.').trim().toLowerCase(),
  password: z.string().min(1, 'Enter your password.').max(128),
  next: z.string().optional(),
})
