import { expect, type Page } from '@playwright/test'
import { DEMO_MEMBERS } from '../lib/db/seed-values'
import type { Role } from '../lib/auth/roles'

// The seeded demo team (seeded into every e2e database) and the saved sign-ins of each role.
export const demoMember = (role: Role) => {
  const member = DEMO_MEMBERS.find((candidate) => candidate.role === role)
  if (!member) throw new Error(`No demo ${role}`)
  return member
}

export const storageStateOf = (role: Role) => `e2e/.auth/${role}.json`

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

export async function signInAs(page: Page, role: Role): Promise<void> {
  const member = demoMember(role)
  await page.goto('/sign-in')
  await signIn(page, member.email, member.password)
  await expect(page.getByRole('button', { name: `Account: ${member.name}` })).toBeVisible()
}
