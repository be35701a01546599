'use server'

import { revalidatePath } from 'next/cache'
import { z } from '@/lib/zod'
import { actionWith } from '@/lib/auth/action-client'
import { markFeedSeen, setEmailNotifications, setFollowTeam } from '@/lib/activity/data'

// The feed's two choices: whose sessions to follow (managers and admins may follow the team), and
// "mark all read".

export const followTeamAction = actionWith('activity.followTeam')
  .inputSchema(z.object({ followTeam: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    await setFollowTeam(ctx.member.id, parsedInput.followTeam)
    revalidatePath('/activity')
    return { followTeam: parsedInput.followTeam }
  })

export const markActivityReadAction = actionWith('activity.read')
  .inputSchema(z.object({ upTo: z.iso.datetime() }))
  .action(async ({ parsedInput, ctx }) => {
    // Never later than now: a forged date in the future would hide what has not happened yet.
    const upTo = new Date(Math.min(Date.parse(parsedInput.upTo), Date.now()))
    await markFeedSeen(ctx.member.id, upTo)
    return { upTo: upTo.toISOString() }
  })

export const emailNotificationsAction = actionWith('activity.read')
  .inputSchema(z.object({ emailNotifications: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    await setEmailNotifications(ctx.member.id, parsedInput.emailNotifications)
    revalidatePath('/activity')
    return { emailNotifications: parsedInput.emailNotifications }
  })
