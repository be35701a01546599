import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db/client'
import { DEFAULT_WORKSPACE_ID, DEFAULT_WORKSPACE_NAME } from '@/lib/db/seed-values'

type WorkspaceSummary = { name: string; updatedAt: Date }

/** The workspace, or a default before the seed ran (a database migrated but not yet seeded). */
export async function getWorkspace(): Promise<WorkspaceSummary> {
  const workspace = await db.workspace.findUnique({
    where: { id: DEFAULT_WORKSPACE_ID },
    select: { name: true, updatedAt: true },
  })
  return workspace ?? { name: DEFAULT_WORKSPACE_NAME, updatedAt: new Date(0) }
}

/**
 * The workspace as a page shows it, read once per request (the layout and the page both show it).
 * Not for actions: one that renames the workspace must read it afresh.
 */
export const getWorkspaceForPage = cache(getWorkspace)

/** Renames the workspace; returns the name before and the workspace after. */
export async function renameWorkspace(name: string) {
  const before = await getWorkspace()
  const workspace: WorkspaceSummary = await db.workspace.upsert({
    where: { id: DEFAULT_WORKSPACE_ID },
    create: { id: DEFAULT_WORKSPACE_ID, name },
    update: { name },
    select: { name: true, updatedAt: true },
  })
  return { before, workspace }
}
