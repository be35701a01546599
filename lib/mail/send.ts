import 'server-only'
import nodemailer, { type Transporter } from 'nodemailer'
import { env } from '@/lib/env'
import { log } from '@/lib/log'

// Outgoing mail through the SMTP server in SMTP_URL (nodemailer). Without it, nothing is sent and
// callers say so where it matters (an invitation's link is then only shown to the admin).

export type Mail = { to: string; subject: string; text: string }

let transport: Transporter | null = null

export const mailConfigured = () => Boolean(env.SMTP_URL)

/** Sends one message; false when mail is not set up or the server refused (logged, never thrown). */
export async function sendMail(mail: Mail): Promise<boolean> {
  if (!env.SMTP_URL) return false
  transport ??= nodemailer.createTransport(env.SMTP_URL)
  try {
    await transport.sendMail({ from: env.MAIL_FROM, ...mail })
    return true
  } catch (error) {
    // The address, never SMTP_URL (it may hold a password).
    log.error({ err: error, to: mail.to, subject: mail.subject }, 'sending mail failed')
    return false
  }
}
