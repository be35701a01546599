import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Every server action the app has, called with no session and as each role: the allowed ones
// succeed, the refused ones say why and write nothing at all (the whole database is compared).

const databaseFile = vi.hoisted(() => {
  const file = `data/test-role-matrix-${process.pid}.db`
  process.env.DATABASE_URL = `file:./${file}`
  return file
})
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))
// A successful save or duplicate redirects; here that is just the end of the action.
vi.mock('next/navigation', () => ({ redirect: vi.fn() }))
vi.mock('@/lib/auth/current-member', () => ({ getMember: vi.fn() }))

import { getMember } from '@/lib/auth/current-member'
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/auth/action-client'
import { can, type Permission } from '@/lib/auth/permissions'
import { ROLES } from '@/lib/auth/roles'
import { createDatabaseClient } from '@/lib/db/create-client'
import { migrateDatabase } from '@/lib/db/migrate'
import { seedIfEmpty } from '@/lib/db/seed'
import { createMember } from '@/lib/team/create-member-data'
import { EMPTY_TEMPLATE_FORM } from '@/lib/templates/schema'
import { oneLineComposition } from '@/lib/testing/compose-form'

type ActionResult = { data?: unknown; serverError?: string; validationErrors?: unknown }
type Action = (input: never) => Promise<ActionResult>
type GatedEntry = {
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

const db = createDatabaseClient(`file:./${databaseFile}`)
let adminId = ''
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
      invitedById: adminId,
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
  const owner = ownerId ?? adminId
  const draft = await db.draft.create({
    data: {
      ownerId: owner,
      title: 'Matrix draft',
      composition: JSON.stringify(await composeForm()),
    },
  })
  return draft.id
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
      requestBody: '{}',
      composition: JSON.stringify(form),
      templateVersions: '[]',
      searchText: 'matrix',
      createdById: adminId,
    },
  })
  return session.id
}

const GATED: GatedEntry[] = [
  {
    file: 'lib/sessions/actions/create-session.ts',
    name: 'createSessionAction',
    permission: 'sessions.create',
    audited: true,
    // Nothing listens on the sandbox's port here: the attempt is recorded as failed, which is a write.
    input: composeForm,
  },
  {
    file: 'lib/compose/actions/drafts.ts',
    name: 'saveDraftAction',
    permission: 'sessions.create',
    input: async () => ({ ...(await composeForm()), title: 'Matrix draft' }),
  },
  {
    file: 'lib/compose/actions/drafts.ts',
    name: 'deleteDraftAction',
    permission: 'sessions.create',
    input: async (callerId) => ({ draftId: await draftOf(callerId) }),
  },
  {
    file: 'lib/compose/actions/drafts.ts',
    name: 'duplicateSessionAction',
    permission: 'sessions.create',
    input: async () => ({ sessionId: await storedSession(), keepBuyer: false }),
  },
  {
    file: 'lib/outcomes/actions/refresh-outcome.ts',
    name: 'refreshOutcomeAction',
    permission: 'history.read',
    // Nothing answers on the sandbox's port here: the failure is reported and nothing is stored.
    input: async () => ({ sessionId: await storedSession() }),
    writes: false,
  },
  {
    file: 'lib/compose/actions/compose-templates.ts',
    name: 'searchComposeTemplatesAction',
    permission: 'sessions.create',
    input: async () => ({ query: 'pro' }),
    writes: false,
  },
  {
    file: 'lib/compose/actions/compose-templates.ts',
    name: 'loadComposeTemplatesAction',
    permission: 'sessions.create',
    input: async () => ({ ids: [await anyTemplateId()] }),
    writes: false,
  },
  {
    file: 'lib/templates/actions/import-catalogue.ts',
    name: 'importCatalogueAction',
    permission: 'templates.write',
    audited: true,
    input: async () => ({
      text: JSON.stringify([
        {
          id: `import-${Math.random().toString(36).slice(2)}`,
          name: 'Imported',
          currency: 'USD',
          price: { initial: 5, minimum: 4 },
        },
      ]),
    }),
  },
  {
    file: 'lib/templates/actions/save-template.ts',
    name: 'saveTemplateAction',
    permission: 'templates.write',
    audited: true,
    input: templateForm,
  },
  {
    file: 'lib/templates/actions/manage-template.ts',
    name: 'duplicateTemplateAction',
    permission: 'templates.write',
    audited: true,
    input: async () => ({ templateId: await anyTemplateId() }),
  },
  {
    file: 'lib/templates/actions/manage-template.ts',
    name: 'archiveTemplateAction',
    permission: 'templates.write',
    audited: true,
    input: async () => ({ templateId: await anyTemplateId() }),
  },
  {
    file: 'lib/templates/actions/manage-template.ts',
    name: 'restoreTemplateAction',
    permission: 'templates.write',
    audited: true,
    input: async () => {
      const id = await anyTemplateId()
      await db.template.update({ where: { id }, data: { archivedAt: new Date() } })
      return { templateId: id }
    },
  },
  {
    file: 'lib/settings/actions/update-workspace-name.ts',
    name: 'updateWorkspaceNameAction',
    permission: 'settings.manage',
    audited: true,
    input: async () => ({ name: `Workspace ${Math.random()}` }),
  },
  {
    file: 'lib/team/actions/invite-member.ts',
    name: 'inviteMemberAction',
    permission: 'team.manage',
    audited: true,
    input: async () => ({
      email: `new-${Math.random().toString(36).slice(2)}@example.com`,
      role: 'rep',
    }),
  },
  {
    file: 'lib/team/actions/revoke-invitation.ts',
    name: 'revokeInvitationAction',
    permission: 'team.manage',
    audited: true,
    input: async () => ({ invitationId: await newInvitation() }),
  },
  {
    file: 'lib/team/actions/change-member-role.ts',
    name: 'changeMemberRoleAction',
    permission: 'team.manage',
    audited: true,
    input: async () => ({ memberId: await newRep(), role: 'manager' }),
  },
  {
    file: 'lib/team/actions/set-member-active.ts',
    name: 'deactivateMemberAction',
    permission: 'team.manage',
    audited: true,
    input: async () => ({ memberId: await newRep() }),
  },
  {
    file: 'lib/team/actions/set-member-active.ts',
    name: 'reactivateMemberAction',
    permission: 'team.manage',
    audited: true,
    input: async () => {
      const memberId = await newRep()
      await db.user.update({ where: { id: memberId }, data: { banned: true } })
      return { memberId }
    },
  },
  {
    file: 'lib/settings/actions/save-connection.ts',
    name: 'saveConnectionAction',
    permission: 'settings.manage',
    audited: true,
    input: async () => ({
      apiKey: '',
      projectId: `project_${Math.random().toString(36).slice(2)}`,
      defaultCurrency: 'EUR',
      successUrl: '',
      cancelUrl: '',
    }),
  },
  {
    file: 'lib/settings/actions/remove-api-key.ts',
    name: 'removeApiKeyAction',
    permission: 'settings.manage',
    audited: true,
    input: async () => {
      await db.connectionSettings.upsert({
        where: { id: 'default' },
        create: { id: 'default', apiKeyEncrypted: 'v1.a.b.c', apiKeyLast4: 'abcd' },
        update: { apiKeyEncrypted: 'v1.a.b.c', apiKeyLast4: 'abcd' },
      })
      return undefined
    },
  },
  {
    file: 'lib/settings/actions/test-connection.ts',
    name: 'testConnectionAction',
    permission: 'settings.manage',
    input: async () => undefined,
    writes: false,
  },
]

// Deliberately open to anyone: signing in and out, and accepting an invitation (its token is the key).
const PUBLIC = [
  'lib/auth/actions/sign-in.ts#signInAction',
  'lib/auth/actions/sign-out.ts#signOutAction',
  'lib/team/actions/accept-invitation.ts#acceptInvitationAction',
  // The sandbox's buyer chat: buyers are not members; the session id is their key.
  'lib/salesnip/sandbox/actions/chat-actions.ts#makeOfferAction',
  'lib/salesnip/sandbox/actions/chat-actions.ts#chooseExtraAction',
  'lib/salesnip/sandbox/actions/chat-actions.ts#finishNegotiationAction',
]

function actionFiles(dir = 'lib'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : actionFiles(path)
    return dir.endsWith('/actions') && /\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts')
      ? [path]
      : []
  })
}

/** Every row of every table: "nothing written" means this does not change. */
function snapshot(): string {
  const connection = new Sqlite(databaseFile, { readonly: true })
  try {
    const tables = connection
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name`,
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

beforeAll(async () => {
  await migrateDatabase(`file:./${databaseFile}`)
  await seedIfEmpty(db, { kind: 'sqlite', withDemoData: true })
  adminId = (await db.user.findUniqueOrThrow({ where: { email: 'admin@northwind.test' } })).id
})
afterAll(async () => {
  await db.$disconnect()
  rmSync(databaseFile, { force: true })
})

describe('the role matrix of server actions', () => {
  it('lists every server action of the app', async () => {
    const found: string[] = []
    for (const file of actionFiles()) {
      const actionModule = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>
      for (const [name, value] of Object.entries(actionModule)) {
        if (typeof value === 'function') found.push(`${file}#${name}`)
      }
    }
    const listed = [...GATED.map((entry) => `${entry.file}#${entry.name}`), ...PUBLIC]
    expect(found.sort()).toEqual(listed.sort())
  })

  for (const entry of GATED) {
    for (const caller of [null, ...ROLES] as const) {
      const allowed = caller !== null && can(caller, entry.permission)
      it(`${entry.name} ${allowed ? 'runs' : 'is refused'} for ${caller ?? 'no session'}`, async () => {
        const actionModule = (await import(/* @vite-ignore */ `@/${entry.file}`)) as Record<
          string,
          Action
        >
        const action = actionModule[entry.name]!
        const member =
          caller &&
          (await db.user.findFirstOrThrow({
            where: { role: caller, email: { endsWith: '@northwind.test' } },
          }))
        const input = await entry.input(member ? member.id : null)
        vi.mocked(getMember).mockResolvedValue(
          member ? { id: member.id, name: member.name, email: member.email, role: caller! } : null,
        )
        const before = snapshot()
        const auditedBefore = await db.auditEvent.count({ where: { actorId: member?.id ?? '' } })
        const result = await action(input as never)
        if (allowed) {
          expect(result.serverError).toBeUndefined()
          expect(result.validationErrors).toBeUndefined()
          const auditedAfter = await db.auditEvent.count({ where: { actorId: member!.id } })
          if (entry.audited) expect(auditedAfter).toBeGreaterThan(auditedBefore)
          else expect(auditedAfter).toBe(auditedBefore)
          if (entry.writes !== false) expect(snapshot()).not.toBe(before)
          else expect(snapshot()).toBe(before)
        } else {
          expect(result.serverError).toBe(caller ? NOT_ALLOWED : NOT_SIGNED_IN)
          expect(snapshot()).toBe(before)
          // Refused before the input is read: garbage gets the same answer, not field errors.
          const garbage = await action({ unexpected: true } as never)
          expect(garbage).toEqual({ serverError: caller ? NOT_ALLOWED : NOT_SIGNED_IN })
        }
      })
    }
  }
})
