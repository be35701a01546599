// The console's emails, as plain text (they read the same in every client and in a phone's preview).

export function eventEmail(input: { text: string; link: string | null; reason: string }) {
  return {
    subject: input.text,
    text: [
      `${input.text}.`,
      '',
      input.link ? `The session: ${input.link}` : 'Open Session Studio to see the session.',
      '',
      input.reason,
      'You can turn these emails off on the Activity page.',
    ].join('\n'),
  }
}

export function invitationEmail(input: {
  inviterName: string
  workspaceName: string
  role: string
  link: string
  expiresAt: Date
}) {
  return {
    subject: `${input.inviterName} invited you to ${input.workspaceName} on Session Studio`,
    text: [
      `${input.inviterName} invited you to join ${input.workspaceName} on Session Studio as a ${input.role}.`,
      '',
      `Choose your password here: ${input.link}`,
      '',
      `The link works once and expires on ${input.expiresAt.toUTCString()}.`,
    ].join('\n'),
  }
}
