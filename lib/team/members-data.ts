import 'server-only'
import { cache } from 'react'
import { toRole, type Role } from '@/lib/auth/roles'
import { db } from '@/lib/db/client'
import type { Transaction } from '@/lib/db/create-client'
import { AppError } from '@/lib/errors'
import { lockTeam } from './lock-data'

export type TeamMember = {
  id: string
  name: string
  email: string
  role: Role
  active: boolean
  joinedAt: Date
}

export async function listMembers(): Promise<TeamMember[]> {
  const users = await db.user.findMany({
    select: { id: true, name: true, email: true, role: true, banned: true, createdAt: true },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
  })
  return users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    role: toRole(user.role),
    active: !user.banned,
    joinedAt: user.createdAt,
  }))
}

const LAST_ADMIN_MESSAGE =
  'The last active admin cannot be demoted or deactivated. Make another member an admin first.'

/** Changes a member's role; never leaves the team without an active admin. */
/** Changes a member's role and returns the one it replaced. */
export async function changeMemberRole({ memberId, role }: { memberId: string; role: Role }) {
  return db.$transaction(async (tx) => {
    await lockTeam(tx)
    const member = await findMemberOrFail(tx, memberId)
    if (member.role === 'admin' && role !== 'admin' && !member.banned) {
      await assertAnotherActiveAdmin(tx, memberId)
    }
    await tx.user.update({ where: { id: memberId }, data: { role } })
    return { previousRole: member.role, name: member.name }
  })
}

/** Deactivates (and signs out everywhere) or reactivates a member. */
export async function setMemberActive({
  memberId,
  active,
  actorId,
}: {
  memberId: string
  active: boolean
  actorId: string
}) {
  if (!active && memberId === actorId) {
    throw new AppError('SELF_DEACTIVATION', { userMessage: 'You cannot deactivate yourself.' })
  }
  return db.$transaction(async (tx) => {
    await lockTeam(tx)
    const member = await findMemberOrFail(tx, memberId)
    if (!active && member.role === 'admin' && !member.banned) {
      await assertAnotherActiveAdmin(tx, memberId)
    }
    await tx.user.update({
      where: { id: memberId },
      data: { banned: !active, banReason: active ? null : 'Deactivated by an admin' },
    })
    if (!active) await tx.session.deleteMany({ where: { userId: memberId } })
    return { wasActive: !member.banned, name: member.name }
  })
}

async function findMemberOrFail(tx: Transaction, memberId: string) {
  const member = await tx.user.findUnique({
    where: { id: memberId },
    select: { role: true, banned: true, name: true },
  })
  if (!member)
    throw new AppError('MEMBER_NOT_FOUND', { userMessage: 'This member no longer exists.' })
  return member
}

async function assertAnotherActiveAdmin(tx: Transaction, memberId: string) {
  const others = await tx.user.count({
    where: { role: 'admin', banned: false, id: { not: memberId } },
  })
  if (others === 0) throw new AppError('LAST_ADMIN', { userMessage: LAST_ADMIN_MESSAGE })
}

/**
 * The names of these members (repeats are fine), for lists that show who made each row: added to
 * `names` when given, and read only for the ids it lacks. A removed member has no entry.
 */
export async function memberNames(
  ids: Iterable<string>,
  names = new Map<string, string>(),
): Promise<Map<string, string>> {
  const missing = [...new Set(ids)].filter((id) => !names.has(id))
  if (missing.length === 0) return names
  const members = await db.user.findMany({
    where: { id: { in: missing } },
    select: { id: true, name: true },
  })
  for (const member of members) names.set(member.id, member.name)
  return names
}

/**
 * Every member (active or not) by name: the choices of a "who" filter and the names of a page's reps.
 * Read once per request (React's cache): a page and the history rows it shows share one read.
 */
export const listTeamMembers = cache(async (): Promise<{ id: string; name: string }[]> =>
  db.user.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
)
