import type { Database } from '@/lib/db/types'
import type { fixturesFor, GatedEntry } from './role-matrix-fixtures'

// Every server action of the app, with the permission it needs and a valid input for it: the table
// the role-matrix test (lib/auth/role-matrix.test.ts) calls as each role and with no session.

export function gatedEntries(db: Database, f: ReturnType<typeof fixturesFor>): GatedEntry[] {
  return [
    {
      file: 'lib/history/actions/share-view.ts',
      name: 'createSharedViewAction',
      permission: 'history.share',
      audited: true,
      input: async () => ({
        name: 'Matrix view',
        view: '?status=accepted',
        expiresOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
        showEmails: false,
      }),
    },
    {
      file: 'lib/history/actions/share-view.ts',
      name: 'revokeSharedViewAction',
      permission: 'history.share',
      audited: true,
      input: async (callerId) => {
        const view = await db.sharedView.create({
          data: {
            name: 'Matrix view to revoke',
            tokenHash: crypto.randomUUID(),
            query: '{}',
            createdById: callerId ?? 'signed-out',
            expiresAt: new Date(Date.now() + 86_400_000),
          },
        })
        return { viewId: view.id }
      },
    },
    {
      file: 'lib/activity/actions/webhooks.ts',
      name: 'createWebhookEndpointAction',
      permission: 'webhooks.manage',
      audited: true,
      // An address (not a name to resolve): the check of private addresses needs no network here.
      input: async () => ({
        url: 'https://203.0.113.7/hooks',
        description: 'Matrix',
        events: ['session.accepted'],
        format: 'standard',
      }),
    },
    {
      file: 'lib/activity/actions/webhooks.ts',
      name: 'setWebhookEndpointEnabledAction',
      permission: 'webhooks.manage',
      audited: true,
      input: async (callerId) => ({
        endpointId: await f.webhookEndpoint(callerId),
        enabled: false,
      }),
    },
    {
      file: 'lib/activity/actions/webhooks.ts',
      name: 'deleteWebhookEndpointAction',
      permission: 'webhooks.manage',
      audited: true,
      input: async (callerId) => ({ endpointId: await f.webhookEndpoint(callerId) }),
    },
    {
      file: 'lib/activity/actions/webhooks.ts',
      name: 'resendWebhookDeliveryAction',
      permission: 'webhooks.manage',
      audited: true,
      input: async (callerId) => {
        const endpointId = await f.webhookEndpoint(callerId)
        const event = await db.webhookEvent.create({
          data: {
            id: `msg_${crypto.randomUUID()}`,
            sessionId: crypto.randomUUID(),
            type: 'session.accepted',
            sequence: 1,
            payload: '{}',
          },
        })
        const delivery = await db.webhookDelivery.create({
          data: { endpointId, eventId: event.id, status: 'delivered' },
        })
        return { deliveryId: delivery.id }
      },
    },
    {
      file: 'lib/api/actions/tokens.ts',
      name: 'createApiTokenAction',
      permission: 'apiTokens.manage',
      audited: true,
      input: async (callerId) => ({
        name: 'Matrix token',
        memberId: callerId ?? 'signed-out',
        scopes: ['templates:read'],
        expiresInDays: '30',
      }),
    },
    {
      file: 'lib/api/actions/tokens.ts',
      name: 'revokeApiTokenAction',
      permission: 'apiTokens.manage',
      audited: true,
      input: async (callerId) => {
        const token = await db.apiToken.create({
          data: {
            name: 'Matrix token to revoke',
            prefix: 'sst_matrix',
            secretHash: crypto.randomUUID(),
            scopes: 'templates:read',
            memberId: callerId ?? 'signed-out',
            createdById: callerId ?? 'signed-out',
          },
        })
        return { tokenId: token.id }
      },
    },
    {
      file: 'lib/sessions/actions/create-session.ts',
      name: 'createSessionAction',
      permission: 'sessions.create',
      audited: true,
      // Nothing listens on the sandbox's port here: the attempt is recorded as failed, which is a write.
      input: f.composeForm,
    },
    {
      file: 'lib/compose/actions/drafts.ts',
      name: 'saveDraftAction',
      permission: 'sessions.create',
      input: async () => ({ ...(await f.composeForm()), title: 'Matrix draft' }),
    },
    {
      file: 'lib/compose/actions/drafts.ts',
      name: 'deleteDraftAction',
      permission: 'sessions.create',
      input: async (callerId) => ({ draftId: await f.draftOf(callerId) }),
    },
    {
      file: 'lib/templates/actions/find-templates.ts',
      name: 'findTemplatesAction',
      permission: 'templates.read',
      input: async () => ({ query: 'pro' }),
      writes: false,
    },
    {
      file: 'lib/compose/actions/drafts.ts',
      name: 'deleteAllDraftsAction',
      permission: 'sessions.create',
      input: async (callerId) => {
        await f.draftOf(callerId)
        return {}
      },
    },
    {
      file: 'lib/activity/actions/follow.ts',
      name: 'followTeamAction',
      permission: 'activity.followTeam',
      input: async () => ({ followTeam: true }),
    },
    {
      file: 'lib/activity/actions/follow.ts',
      name: 'markActivityReadAction',
      permission: 'activity.read',
      input: async () => ({ upTo: new Date().toISOString() }),
    },
    {
      file: 'lib/activity/actions/follow.ts',
      name: 'emailNotificationsAction',
      permission: 'activity.read',
      input: async () => ({ emailNotifications: false }),
    },
    {
      file: 'lib/compose/actions/drafts.ts',
      name: 'duplicateSessionAction',
      permission: 'sessions.create',
      input: async () => ({ sessionId: await f.storedSession(), keepBuyer: false }),
    },
    {
      file: 'lib/outcomes/actions/refresh-outcome.ts',
      name: 'refreshOutcomeAction',
      permission: 'history.read',
      // Nothing answers on the sandbox's port here: the failure is reported, and only the
      // per-session read counter (the refresh throttle) is written.
      input: async () => ({ sessionId: await f.storedSession() }),
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
      input: async () => ({ ids: [await f.anyTemplateId()] }),
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
      input: f.templateForm,
    },
    {
      file: 'lib/templates/actions/manage-template.ts',
      name: 'duplicateTemplateAction',
      permission: 'templates.write',
      audited: true,
      input: async () => ({ templateId: await f.anyTemplateId() }),
    },
    {
      file: 'lib/templates/actions/manage-template.ts',
      name: 'archiveTemplateAction',
      permission: 'templates.write',
      audited: true,
      input: async () => ({ templateId: await f.anyTemplateId() }),
    },
    {
      file: 'lib/templates/actions/manage-template.ts',
      name: 'restoreTemplateAction',
      permission: 'templates.write',
      audited: true,
      input: async () => {
        const id = await f.anyTemplateId()
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
      input: async () => ({ invitationId: await f.newInvitation() }),
    },
    {
      file: 'lib/team/actions/change-member-role.ts',
      name: 'changeMemberRoleAction',
      permission: 'team.manage',
      audited: true,
      input: async () => ({ memberId: await f.newRep(), role: 'manager' }),
    },
    {
      file: 'lib/team/actions/set-member-active.ts',
      name: 'deactivateMemberAction',
      permission: 'team.manage',
      audited: true,
      input: async () => ({ memberId: await f.newRep() }),
    },
    {
      file: 'lib/team/actions/set-member-active.ts',
      name: 'reactivateMemberAction',
      permission: 'team.manage',
      audited: true,
      input: async () => {
        const memberId = await f.newRep()
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
        relayCallbacks: true,
        shortLinks: true,
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
}
