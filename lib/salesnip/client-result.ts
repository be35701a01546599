import type { CreateSessionResponse, GetSessionResponse } from './schemas'

// Every outcome of a SaleSnip call, as data: callers switch on `kind`, nothing is thrown at them.
export type Failure =
  | { kind: 'rejected'; status: number; message: string; fieldErrors: Record<string, string[]> }
  | { kind: 'unauthorised'; status: 401 | 403; message: string }
  | { kind: 'rate-limited'; status: 429; retryAfterSeconds: number | null; message: string }
  | { kind: 'upstream-error'; status: number; message: string }
  | { kind: 'timeout'; message: string }
  | { kind: 'network-error'; message: string }
  | { kind: 'malformed'; status: number; message: string }

/** SaleSnip's answer to a create, as text (capped), whenever it answered at all. */
export type CreateSessionResult = (
  { kind: 'created'; status: 201; session: CreateSessionResponse } | Failure
) & { answer?: string }

export type GetSessionResult =
  | { kind: 'found'; status: 200; session: GetSessionResponse }
  | { kind: 'not-found'; status: 404; message: string }
  | Failure

export const MESSAGES = {
  unauthorised: 'SaleSnip rejected the API key.',
  rateLimited: 'SaleSnip is limiting requests right now.',
  upstream: 'SaleSnip had an error on its side.',
  timeout: 'SaleSnip did not answer in time.',
  network: 'SaleSnip could not be reached.',
  malformed: 'SaleSnip answered with something unexpected.',
  notFound: 'SaleSnip has no session with this id.',
} as const
