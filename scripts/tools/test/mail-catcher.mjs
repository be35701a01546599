// A real SMTP server on 127.0.0.1 for the e2e suite (smtp-server): it accepts every message and
// keeps it in memory; GET /messages on its HTTP port lists them as JSON ({ to, subject, text }), so a
// test reads back what the app sent through nodemailer. Usage: node mail-catcher.mjs SMTP_PORT HTTP_PORT
//
// A message to an address starting with "hold-once-" is, the first time, never answered: the sender
// waits (an instance can be killed mid-send) and the message is not stored, as a real server would
// not store a message whose DATA it never acknowledged. The next attempt is accepted. GET /held
// lists the addresses held so far (a test waits for it before killing the sender).
import { createServer } from 'node:http'
import { SMTPServer } from 'smtp-server'

const [smtpPort, httpPort] = process.argv.slice(2).map(Number)
const messages = []
const held = new Set()

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    const chunks = []
    stream.on('data', (chunk) => chunks.push(chunk))
    stream.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const [head, ...body] = raw.split(/\r?\n\r?\n/)
      const header = (name) =>
        head
          .match(new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, 'im'))?.[1]
          ?.replace(/\r?\n[ \t]/g, ' ') ?? ''
      const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address)
      const holdFor = recipients.find((to) => to.startsWith('hold-once-') && !held.has(to))
      if (holdFor) {
        held.add(holdFor)
        return // no answer: the sender's socket times out or its process dies
      }
      messages.push({
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        subject: decodeHeader(header('Subject')),
        text: decodeBody(body.join('\n\n'), header('Content-Transfer-Encoding')),
        receivedAt: new Date().toISOString(),
      })
      callback()
    })
  },
})
smtp.listen(smtpPort, '127.0.0.1')

// A plain-text body as nodemailer encodes it: quoted-printable (soft line breaks, =XX bytes) or base64.
function decodeBody(body, encoding) {
  const kind = encoding.trim().toLowerCase()
  if (kind === 'base64') return Buffer.from(body, 'base64').toString('utf8')
  if (kind !== 'quoted-printable') return body
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9a-f]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

// RFC 2047 encoded words (a subject with "−" or "€" arrives as =?UTF-8?Q?…?= or =?UTF-8?B?…?=).
function decodeHeader(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, encoding, text) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (__, hex) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    )
}

createServer((request, response) => {
  if (request.url?.startsWith('/held')) {
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify([...held]))
    return
  }
  if (request.url?.startsWith('/messages')) {
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify(messages))
    return
  }
  response.writeHead(404).end()
}).listen(httpPort, '127.0.0.1')
