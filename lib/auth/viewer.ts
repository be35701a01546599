import type { Role } from './roles'

export type Viewer = {
  name: string
  email: string | null
  role: Role
  /** False until sign-in exists: the shell then says so instead of offering sign-out. */
  signedIn: boolean
}

/**
 * Who is looking at the console. Sign-in and roles are their own issue, next after the foundation;
 * until then every visitor is the local operator and sees the admin's navigation, and the user menu
 * says that sign-in is not enabled. This is the one function that issue replaces.
 */
export async function getViewer(): Promise<Viewer> {
  return { name: 'Local operator', email: null, role: 'admin', signedIn: false }
}
