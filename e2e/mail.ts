import { e2eEnv } from './e2e-env'

export type ReceivedMail = { to: string[]; subject: string; text: string; receivedAt: string }

/** What the suite's SMTP server received so far (scripts/tools/test/mail-catcher.mjs). */
export async function receivedMail(): Promise<ReceivedMail[]> {
  const response = await fetch(`${e2eEnv.mailURL}/messages`)
  return (await response.json()) as ReceivedMail[]
}

/** The messages to one address whose subject contains `text`. */
export async function mailTo(address: string, text: string): Promise<ReceivedMail[]> {
  return (await receivedMail()).filter(
    (mail) => mail.to.includes(address) && mail.subject.includes(text),
  )
}

/** Addresses whose first message the SMTP server is holding unanswered (see mail-catcher.mjs). */
export async function heldMail(): Promise<string[]> {
  return (await (await fetch(`${e2eEnv.mailURL}/held`)).json()) as string[]
}
