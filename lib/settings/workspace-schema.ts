import { z } from '@/lib/zod'

// Shared by the settings form (in the browser) and its server action.
export const workspaceNameSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Enter a workspace name of at least 2 characters.')
    .max(60, 'Keep the workspace name to 60 characters or fewer.'),
})
