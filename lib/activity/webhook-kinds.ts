// The events a webhook endpoint may subscribe to and the formats it may receive, without zod (the
// Settings form lists them before its schema has loaded; webhook-schema.ts builds on them).

export const WEBHOOK_EVENTS = [
  'session.created',
  'session.opened',
  'session.accepted',
  'session.cancelled',
  'session.expired',
  'session.failed',
] as const
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]

export const WEBHOOK_FORMATS = {
  standard: 'Standard Webhooks (signed JSON)',
  slack: 'Slack incoming webhook (a message)',
} as const
