import 'server-only'
import { db } from '@/lib/db/client'
import { composeFormSchema, type ComposeForm } from './schema'
import { draftTitleOf } from './draft-title'

// A rep's compositions in progress. Only their owner reads or writes them.

const DRAFTS_LISTED = 20

export type DraftSummary = { id: string; title: string; updatedAt: Date }

/**
 * Creates the owner's draft, or updates it; returns its id. A draft of someone else is never
 * touched, and one that is gone (deleted, or used by a create a moment ago) is not brought back:
 * null then.
 */
export async function saveDraft(input: {
  ownerId: string
  draftId: string
  form: ComposeForm
  title: string
}): Promise<string | null> {
  const composition = JSON.stringify({ ...input.form, draftId: '' })
  if (input.draftId) {
    const { count } = await db.draft.updateMany({
      where: { id: input.draftId, ownerId: input.ownerId },
      data: { composition, title: input.title },
    })
    return count > 0 ? input.draftId : null
  }
  const draft = await db.draft.create({
    data: { ownerId: input.ownerId, composition, title: input.title },
    select: { id: true },
  })
  return draft.id
}

export async function listDrafts(ownerId: string): Promise<DraftSummary[]> {
  return db.draft.findMany({
    where: { ownerId },
    orderBy: { updatedAt: 'desc' },
    take: DRAFTS_LISTED,
    select: { id: true, title: true, updatedAt: true },
  })
}

/** The owner's draft as a form (its stored text re-read through the schema), or null. */
export async function getDraft(ownerId: string, draftId: string): Promise<ComposeForm | null> {
  const draft = await db.draft.findFirst({
    where: { id: draftId, ownerId },
    select: { id: true, composition: true },
  })
  if (!draft) return null
  return parseComposition(draft.composition, { draftId: draft.id })
}

export async function deleteDraft(ownerId: string, draftId: string): Promise<boolean> {
  const { count } = await db.draft.deleteMany({ where: { id: draftId, ownerId } })
  return count > 0
}

export async function deleteAllDrafts(ownerId: string): Promise<number> {
  const { count } = await db.draft.deleteMany({ where: { ownerId } })
  return count
}

/**
 * Stored composition text to a form. It was valid when stored, but a half-typed draft need not be:
 * the shape is kept even where values fail the schema, so nothing typed is lost.
 */
function parseComposition(text: string, patch: Partial<ComposeForm>): ComposeForm | null {
  try {
    const value = { ...(JSON.parse(text) as ComposeForm), ...patch }
    const shape = composeFormSchema.safeParse(value)
    return shape.success ? { ...shape.data, ...patch } : value
  } catch {
    return null
  }
}

/**
 * A new draft from a stored session's composition, with a fresh idempotency key. "Duplicate for
 * another buyer" leaves the buyer out; duplicating from the history keeps it.
 */
export async function duplicateSessionToDraft(input: {
  sessionId: string
  ownerId: string
  keepBuyer: boolean
  /** "Try again" on a failed attempt of one's own: the same key, so the same row is retried. */
  reuseKey?: boolean
}): Promise<string | null> {
  const session = await db.salesnipSession.findUnique({
    where: { id: input.sessionId },
    select: {
      payload: { select: { composition: true } },
      status: true,
      createdById: true,
      idempotencyKey: true,
    },
  })
  const form = session?.payload && parseComposition(session.payload.composition, { draftId: '' })
  if (!form) return null
  const sameKey =
    input.reuseKey && session.status === 'failed' && session.createdById === input.ownerId
  const copy: ComposeForm = {
    ...form,
    idempotencyKey: sameKey ? session.idempotencyKey : crypto.randomUUID(),
    // Made again under a new key, a failed or unknown attempt is what the new session replaces.
    replacesSessionId:
      !sameKey && (session.status === 'failed' || session.status === 'unknown')
        ? input.sessionId
        : '',
    buyer: input.keepBuyer ? form.buyer : { name: '', email: '', company: '', dealReference: '' },
  }
  return saveDraft({
    ownerId: input.ownerId,
    draftId: '',
    form: copy,
    title: draftTitleOf(copy, []),
  })
}
