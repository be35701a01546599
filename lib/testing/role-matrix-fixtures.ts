import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import type { Permission } from '@/lib/auth/permissions'
import type { Database } from '@/lib/db/types'
import { createMember } from '@/lib/team/create-member-data'
import { EMPTY_TEMPLATE_FORM } from '@/lib/templates/schema'
import { oneLineComposition } from '@/lib/testing/compose-form'

// What the role-matrix test makes for each call (members, invitations, templates, drafts, sessions)
// and how it tells "nothing was written" (every row of every table, before and after).

export function fixturesFor(db: Database) {
  const state = { adminId: '' }
  const newRep = async () => {
    const suffix = Math.random().toString(36).slice(2)
    const { id } = await createMember(db, {
      name: `Target ${suffix}`,
      email: `target-${suffix}@example.com`,
      role: 'rep',
      password: 'a-long-password',
    })
    return id
  }
  const newInvitation = async () => {
    const invitation = await db.invitation.create({
      data: {
        email: `invitee-${Math.random().toString(36).slice(2)}@example.com`,
        role: 'rep',
        tokenHash: Math.random().toString(36),
        expiresAt: new Date(Date.now() + 60_000),
        invitedById: state.adminId,
      },
    })
    return invitation.id
  }

  const templateForm = async () => ({
    ...EMPTY_TEMPLATE_FORM,
    productId: `matrix-${Math.random().toString(36).slice(2)}`,
    name: 'Matrix plan',
    prices: [{ currency: 'USD', opening: '10', floor: '8' }],
  })
  const anyTemplateId = async () =>
    (await db.template.findFirstOrThrow({ where: { archivedAt: null } })).id

  const composeForm = async () => {
    const template = await db.template.findUniqueOrThrow({ where: { productId: 'pro-monthly' } })
    return oneLineComposition(
      { templateId: template.id, opening: '99', floor: '79' },
      { buyer: { name: 'Matrix buyer', email: '', company: '', dealReference: '' } },
    )
  }
  const draftOf = async (ownerId: string | null) => {
    // A refused caller gets someone else's draft: it must stay untouched all the same.
    const owner = ownerId ?? state.adminId
    const draft = await db.draft.create({
      data: {
        ownerId: owner,
        title: 'Matrix draft',
        composition: JSON.stringify(await composeForm()),
      },
    })
    return draft.id
  }
  // Disabled: a resend in the matrix must not start a real delivery.
  const webhookEndpoint = async (createdById: string | null) => {
    const endpoint = await db.webhookEndpoint.create({
      data: {
        url: 'https://203.0.113.7/hooks',
        events: 'session.accepted',
        secretSealed: 'v1.x.x.x',
        createdById: createdById ?? state.adminId,
        disabledAt: new Date(),
      },
    })
    return endpoint.id
  }
  const storedSession = async () => {
    const form = await composeForm()
    const session = await db.salesnipSession.create({
      data: {
        idempotencyKey: form.idempotencyKey,
        status: 'created',
        salesnipId: `session_${form.idempotencyKey}`,
        url: 'https://chat.example.com/x',
        projectId: form.projectId,
        currency: 'USD',
        openingTotalMinor: 9900n,
        productNames: '["Pro (monthly)"]',
        productCount: 1,
        payload: {
          create: { requestBody: '{}', composition: JSON.stringify(form), templateVersions: '[]' },
        },
        searchText: 'matrix',
        createdById: state.adminId,
      },
    })
    return session.id
  }

  return {
    state,
    newRep,
    newInvitation,
    templateForm,
    anyTemplateId,
    composeForm,
    draftOf,
    storedSession,
    webhookEndpoint,
  }
}

export function actionFiles(dir = 'lib'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : actionFiles(path)
    return dir.endsWith('/actions') && /\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts')
      ? [path]
      : []
  })
}

/** Every row of every table: "nothing written" means this does not change. */
export function snapshot(databaseFile: string): string {
  const connection = new Sqlite(databaseFile, { readonly: true })
  try {
    // Not the search index and the tables FTS5 keeps for it: they are derived from SalesnipSession,
    // which is compared (and some of them have no rowid to order by).
    const tables = connection
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'
           AND name NOT LIKE 'SalesnipSessionSearch%' ORDER BY name`,
      )
      .all() as { name: string }[]
    return JSON.stringify(
      tables.map(({ name }) => [
        name,
        connection.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all(),
      ]),
    )
  } finally {
    connection.close()
  }
}

export type GatedEntry = {
  file: string
  name: string
  /** Who may call it: the roles holding this permission in lib/auth/permissions. */
  permission: Permission
  /** Whether an allowed call leaves an entry in the audit log, with its caller as the actor. */
  audited?: boolean
  /** Makes whatever the call needs (for this caller) and returns a valid input for it. */
  input: (callerId: string | null) => Promise<unknown>
  /** Whether an allowed call changes the database (a read-only action does not). */
  writes?: boolean
}

// Deliberately open to anyone: signing in and out, and accepting an invitation (its token is the key).
export const PUBLIC = [
  'lib/auth/actions/sign-in.ts#signInAction',
  'lib/auth/actions/sign-out.ts#signOutAction',
  'lib/team/actions/accept-invitation.ts#acceptInvitationAction',
  // The sandbox's buyer chat: buyers are not members; the session id is their key.
  'lib/salesnip/sandbox/actions/chat-actions.ts#makeOfferAction',
  'lib/salesnip/sandbox/actions/chat-actions.ts#chooseExtraAction',
  'lib/salesnip/sandbox/actions/chat-actions.ts#finishNegotiationAction',
]
