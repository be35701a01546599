import 'server-only'
import nodemailer, { type Transporter } from 'nodemailer'
import { open, seal } from '@/lib/crypto/secret-box'
import { env } from '@/lib/env'
import { enqueue } from '@/lib/jobs/queue'
import { log } from '@/lib/log'

// Outgoing mail through the SMTP server in SMTP_URL (nodemailer), as jobs: a message is queued,
// then sent by whichever instance takes the job, retried with backoff while the server refuses it.
// Without SMTP_URL nothing is sent and callers say so where it matters (an invitation's link is then
// only shown to the admin). A queued message is sealed: it may carry an invitation link.

export type Mail = { to: string; subject: string; text: string }

const PURPOSE = { purpose: 'queued-mail' }

let transport: Transporter | null = null

export const mailConfigured = () => Boolean(env.SMTP_URL)

/** Queues one message; false when mail is not set up. */
export async function queueMail(mail: Mail): Promise<boolean> {
  if (!env.SMTP_URL) return false
  const sealed = seal(JSON.stringify(mail), { appSecret: env.APP_SECRET, ...PURPOSE })
  await enqueue('mail-send', { sealed })
  return true
}

/** The job 'mail-send': sends the message, or throws so that the queue retries it. */
export async function deliverSealedMail(sealed: string): Promise<void> {
  const plain = open(sealed, { appSecret: env.APP_SECRET, ...PURPOSE })
  if (!plain || !env.SMTP_URL) {
    log.error('a queued email could not be opened or mail is off: dropped')
    return
  }
  const mail = JSON.parse(plain) as Mail
  transport ??= nodemailer.createTransport({
    url: env.SMTP_URL,
    // nodemailer waits minutes by default; the job expires (and is retried) after 30 s.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  })
  try {
    await transport.sendMail({ from: env.MAIL_FROM, ...mail })
  } catch (error) {
    // The address, never SMTP_URL (it may hold a password).
    log.warn({ err: error, to: mail.to, subject: mail.subject }, 'sending mail failed; retried')
    throw error
  }
}
