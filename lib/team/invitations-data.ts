import 'server-only'
import { diff } from '@/lib/audit/changes'
import { recordAuditEvent } from '@/lib/audit/data'
import { toRole, type Role } from '@/lib/auth/roles'
import { db } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { createMember, hashMemberPassword } from './create-member-data'
import { hashInvitationToken, INVITATION_LIFETIME_MS, newInvitationToken } from './invitation-token'
import type { AcceptInvitationInput, InviteMemberInput } from './schemas'

export type PendingInvitation = {
  id: string
  email: string
  role: Role
  expiresAt: Date
  invitedBy: string
}

/** An invitation still open: neither accepted nor revoked, and not expired. */
const pending = () => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } })

export async function listPendingInvitations(): Promise<PendingInvitation[]> {
  const invitations = await db.invitation.findMany({
    where: pending(),
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      invitedBy: { select: { name: true } },
    },
    orderBy: { createdAt: 'desc' },
  })
  return invitations.map((invitation) => ({
    ...invitation,
    role: toRole(invitation.role),
    invitedBy: invitation.invitedBy.name,
  }))
}

/** How many invitations are open (home's setup list): one count, without their inviters' names. */
export async function countPendingInvitations(): Promise<number> {
  return db.invitation.count({ where: pending() })
}

/** Makes an invitation and returns its token: the only time it exists outside the link. */
export async function createInvitation(
  input: InviteMemberInput & { invitedById: string },
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const token = newInvitationToken()
  const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS)
  const id = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError('MEMBER_EXISTS', {
        userMessage: 'A member with this email already exists.',
      })
    }
    // A new invitation replaces any earlier one still pending for the same address.
    await tx.invitation.updateMany({
      where: { email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    })
    const invitation = await tx.invitation.create({
      data: {
        email: input.email,
        role: input.role,
        tokenHash: hashInvitationToken(token),
        expiresAt,
        invitedById: input.invitedById,
      },
      select: { id: true },
    })
    return invitation.id
  })
  return { id, token, expiresAt }
}

/** Revokes a pending invitation and returns who it was for. */
export async function revokeInvitation(invitationId: string) {
  const invitation = await db.invitation.findUnique({
    where: { id: invitationId },
    select: { email: true, role: true },
  })
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  })
  if (count === 0) {
    throw new AppError('INVITATION_GONE', { userMessage: 'This invitation is no longer pending.' })
  }
  return invitation!
}

type InvitationForToken =
  { status: 'valid'; email: string; role: Role } | { status: 'expired' | 'used' | 'unknown' }

export async function findInvitation(token: string): Promise<InvitationForToken> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  })
  if (!invitation || invitation.revokedAt) return { status: 'unknown' }
  if (invitation.acceptedAt) return { status: 'used' }
  if (invitation.expiresAt <= new Date()) return { status: 'expired' }
  return { status: 'valid', email: invitation.email, role: toRole(invitation.role) }
}

/** Creates the invited member with the chosen password; each link works once, before it expires. */
export async function acceptInvitation(input: AcceptInvitationInput): Promise<{ email: string }> {
  // Hashed before the transaction: never hold the write lock through scrypt.
  const passwordHash = await hashMemberPassword(input.password)
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(input.token) },
      select: {
        id: true,
        email: true,
        role: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
      },
    })
    if (
      !invitation ||
      invitation.revokedAt ||
      invitation.acceptedAt ||
      invitation.expiresAt <= new Date()
    ) {
      throw new AppError('INVITATION_INVALID', {
        userMessage:
          'This invitation link has expired or was already used. Ask an admin for a new one.',
      })
    }
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      throw new AppError('MEMBER_EXISTS', {
        userMessage: 'This email already has an account. Sign in instead.',
      })
    }
    const member = await createMember(tx, {
      name: input.name,
      email: invitation.email,
      role: toRole(invitation.role),
      passwordHash,
    })
    // Conditional on still being pending: of two tabs accepting at once, one wins.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: new Date(), acceptedById: member.id },
    })
    if (count !== 1)
      throw new AppError('INVITATION_INVALID', { userMessage: 'This invitation was already used.' })
    // Public (the token is the key), so the new member is the actor, recorded with the acceptance.
    await recordAuditEvent(tx, {
      actorId: member.id,
      entity: 'invitation',
      entityId: invitation.id,
      action: 'accepted',
      changes: diff(null, { email: invitation.email, role: invitation.role }),
    })
    return { email: invitation.email }
  })
}
