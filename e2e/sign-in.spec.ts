import { ROLES, type Role } from '../lib/auth/roles'
import { demoMember, signIn } from './auth'
import { expect, expectAccessible, test, uniqueName } from './fixtures'

// Every test here starts signed out.
test.use({ storageState: { cookies: [], origins: [] } })

const NAVIGATION: Record<Role, string[]> = {
  admin: [
    'Compose',
    'History',
    'Activity',
    'Dashboard',
    'Templates',
    'Team',
    'Settings',
    'Audit log',
  ],
  manager: ['Compose', 'History', 'Activity', 'Dashboard', 'Templates'],
  rep: ['Compose', 'History', 'Activity', 'Dashboard', 'Templates'],
}

for (const role of ROLES) {
  test(`the demo ${role} signs in, sees their navigation, and signs out`, async ({ page }) => {
    const member = demoMember(role)
    await page.goto('/')
    await expect(page).toHaveURL('/sign-in')
    await expectAccessible(page)
    await signIn(page, member.email, member.password)

    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav.getByRole('link')).toHaveText(NAVIGATION[role])
    await page.getByRole('button', { name: `Account: ${member.name}` }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await expect(page).toHaveURL('/sign-in')
    await page.goto('/history')
    await expect(page).toHaveURL('/sign-in?next=%2Fhistory')
  })
}

test('a wrong password does not say whether the email exists', async ({ page }) => {
  await page.goto('/sign-in')
  const form = page.locator('form')
  await signIn(page, demoMember('rep').email, 'not-the-password')
  await expect(form.getByRole('alert')).toHaveText('Wrong email or password.')
  await signIn(page, `${uniqueName('nobody').replace(/\W/g, '')}@example.com`, 'not-the-password')
  await expect(form.getByRole('alert')).toHaveText('Wrong email or password.')
  await expectAccessible(page)
  await expect(page).toHaveURL('/sign-in')
})

test('a signed-out deep link comes back to the same page after sign-in', async ({ page }) => {
  await page.goto('/templates?tag=annual')
  await expect(page).toHaveURL('/sign-in?next=%2Ftemplates%3Ftag%3Dannual')
  await signIn(page, demoMember('manager').email, demoMember('manager').password)
  await expect(page).toHaveURL('/templates?tag=annual')
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible()
})

test('the sixth wrong password within a minute is refused by the rate limit', async ({ page }) => {
  const email = `${uniqueName('target').replace(/\W/g, '')}@example.com`
  await page.goto('/sign-in')
  const alert = page.locator('form').getByRole('alert')
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signIn(page, email, `wrong-password-${attempt}`)
    await expect(alert).toHaveText('Wrong email or password.')
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled() // answered
  }
  await signIn(page, email, 'wrong-password-6')
  await expect(alert).toHaveText(/^Too many sign-in attempts\. Try again in \d+ seconds\.$/)
})
