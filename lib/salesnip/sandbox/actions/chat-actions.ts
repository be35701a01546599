'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { actionClient } from '@/lib/auth/action-client'
import { chooseExtra, finishNegotiation, makeOffer } from '../chat'
import { extraSchema, finishSchema, offerSchema } from '../chat-schemas'

// Public, like SaleSnip's own chat: the buyer is not a member, the session id is the key.

export const makeOfferAction = actionClient
  .inputSchema(offerSchema)
  .action(async ({ parsedInput }) => {
    await makeOffer(parsedInput)
    revalidatePath(`/sandbox/chat/${parsedInput.sessionId}`)
  })

export const chooseExtraAction = actionClient
  .inputSchema(extraSchema)
  .action(async ({ parsedInput }) => {
    await chooseExtra(parsedInput)
    revalidatePath(`/sandbox/chat/${parsedInput.sessionId}`)
  })

export const finishNegotiationAction = actionClient
  .inputSchema(finishSchema)
  .action(async ({ parsedInput }) => {
    redirect(await finishNegotiation(parsedInput))
  })
