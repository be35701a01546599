import type { Browser, Page } from '@playwright/test'
import { demoMember, signIn, storageStateOf } from './auth'
import { queryRows } from './db'
import { expect, expectAccessible, test, uniqueName } from './fixtures'
import { callServerAction } from './server-actions'
import { mailTo } from './mail'

const emailFor = (prefix: string) =>
  `${uniqueName(prefix).replace(/\W/g, '').toLowerCase()}@example.com`

/** The admin invites `email` as a rep on the team page and returns the link shown once. */
async function inviteRep(page: Page, email: string): Promise<string> {
  await page.goto('/team')
  await page.getByLabel('Email').fill(email)
  await page.getByRole('button', { name: 'Invite' }).click()
  const dialog = page.getByRole('dialog', { name: 'Invitation ready' })
  const link = await dialog.getByLabel('Invitation link').inputValue()
  await expectAccessible(page)
  await dialog.getByRole('button', { name: 'Close' }).click()
  return link
}

/** Accepts an invitation in a fresh browser (no cookies) and signs the new member in there. */
async function acceptAndSignIn(browser: Browser, link: string, name: string, password: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const page = await context.newPage()
  await page.goto(link)
  await expect(page.getByRole('heading', { name: /^Join / })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByLabel('Repeat the password').fill(password)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Your account is ready. Sign in with your new password.',
  )
  await page.getByLabel('Password').fill(password) // the email is already filled in
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('button', { name: `Account: ${name}` })).toBeVisible()
  return { context, page }
}

test('an admin invites a rep who joins in a fresh browser and signs in', async ({
  page,
  browser,
}) => {
  const email = emailFor('new-rep')
  const name = uniqueName('Rita Rep')
  const link = await inviteRep(page, email)
  await expect(page.getByRole('heading', { name: 'Pending invitations' })).toBeVisible()
  await expect(page.getByText(email)).toBeVisible()
  // Mail is set up on the e2e servers: the invitee got the same link by email.
  await expect.poll(async () => (await mailTo(email, 'invited you')).length).toBe(1)
  const [invitationMail] = await mailTo(email, 'invited you')
  expect(invitationMail!.subject).toMatch(/^Ada Admin invited you to .+ on Session Studio$/)
  expect(invitationMail!.text).toContain(link)

  const { context, page: repPage } = await acceptAndSignIn(
    browser,
    link,
    name,
    'a-long-rep-password',
  )
  const nav = repPage.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link')).toHaveText([
    'Compose',
    'History',
    'Activity',
    'Dashboard',
    'Templates',
  ])

  const [user] = await queryRows<{ role: string; name: string }>(
    `SELECT role, name FROM "User" WHERE email = $1`,
    [email],
  )
  expect(user).toEqual({ role: 'rep', name })
  const [invitation] = await queryRows<{ accepted: number | boolean }>(
    `SELECT "acceptedAt" IS NOT NULL AS accepted FROM "Invitation" WHERE email = $1`,
    [email],
  )
  expect(Boolean(invitation?.accepted)).toBe(true)

  // The link works once.
  await repPage.goto(link)
  await expect(repPage.getByText('This invitation was already used.')).toBeVisible()
  await context.close()
})

test.describe('as a rep', () => {
  test.use({ storageState: storageStateOf('rep') })

  test('the team page is closed to reps', async ({ page }) => {
    const response = await page.goto('/team')
    expect(response?.status()).toBe(403)
    await expect(
      page.getByRole('heading', { name: 'You don’t have access to this page' }),
    ).toBeVisible()
    await page.goto('/settings')
    await expect(
      page.getByRole('heading', { name: 'You don’t have access to this page' }),
    ).toBeVisible()
  })

  test('the team action refuses a rep called directly and changes nothing', async ({ page }) => {
    const rep = demoMember('rep')
    const [before] = await queryRows<{ id: string; role: string }>(
      `SELECT id, role FROM "User" WHERE email = $1`,
      [rep.email],
    )
    const answer = await callServerAction(page, {
      path: '/team',
      file: 'lib/team/actions/change-member-role.ts',
      name: 'changeMemberRoleAction',
      input: { memberId: before?.id, role: 'admin' },
    })
    expect(answer).toContain('Your role does not allow this.')
    const [after] = await queryRows<{ role: string }>(`SELECT role FROM "User" WHERE email = $1`, [
      rep.email,
    ])
    expect(after?.role).toBe('rep')
  })
})

test('a deactivated member is signed out and cannot sign in again', async ({ page, browser }) => {
  const email = emailFor('leaver')
  const name = uniqueName('Lee Leaver')
  const password = 'a-long-leaver-password'
  const member = await acceptAndSignIn(browser, await inviteRep(page, email), name, password)

  await page.goto('/team')
  await page.getByRole('button', { name: `Deactivate ${name}` }).click()
  const dialog = page.getByRole('dialog', { name: `Deactivate ${name}?` })
  await expectAccessible(page)
  await dialog.getByRole('button', { name: 'Deactivate' }).click()
  await expect(page.getByText(`${name} is deactivated.`)).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Deactivated')

  // Their open session is gone…
  await member.page.reload()
  await expect(member.page).toHaveURL(/\/sign-in/)
  // …and signing in again is refused.
  await member.page.goto('/sign-in')
  await signIn(member.page, email, password)
  await expect(member.page.locator('form').getByRole('alert')).toHaveText(
    'This account is deactivated. Ask an admin of your team.',
  )
  await member.context.close()
  const [user] = await queryRows<{ banned: number | boolean }>(
    `SELECT banned FROM "User" WHERE email = $1`,
    [email],
  )
  expect(Boolean(user?.banned)).toBe(true)
})

test('the last admin cannot be demoted', async ({ page }) => {
  // The seed has one admin and no test makes another, so Ada is the last active admin.
  const admin = demoMember('admin')
  await page.goto('/team')
  await page.getByRole('combobox', { name: `Role of ${admin.name}` }).selectOption('Manager')
  await expect(
    page.getByText(
      'The last active admin cannot be demoted or deactivated. Make another member an admin first.',
    ),
  ).toBeVisible()
  await expect(page.getByRole('combobox', { name: `Role of ${admin.name}` })).toHaveValue('admin')
  const [user] = await queryRows<{ role: string }>(`SELECT role FROM "User" WHERE email = $1`, [
    admin.email,
  ])
  expect(user?.role).toBe('admin')
})

test.describe('settings as a rep', () => {
  test.use({ storageState: storageStateOf('rep') })

  test('the settings action refuses a rep called directly and changes nothing', async ({
    page,
  }) => {
    const before = await queryRows(`SELECT * FROM "ConnectionSettings"`)
    const answer = await callServerAction(page, {
      path: '/settings',
      file: 'lib/settings/actions/save-connection.ts',
      name: 'saveConnectionAction',
      input: {
        apiKey: 'secret_from_a_rep',
        projectId: 'p',
        defaultCurrency: '',
        successUrl: '',
        cancelUrl: '',
      },
    })
    expect(answer).toContain('Your role does not allow this.')
    expect(await queryRows(`SELECT * FROM "ConnectionSettings"`)).toEqual(before)
  })
})

test('the audit log shows the invitation, its acceptance, a role change and a deactivation, each with its actor', async ({
  page,
  browser,
}) => {
  const email = emailFor('audited')
  const name = uniqueName('Audrey Audited')
  const member = await acceptAndSignIn(
    browser,
    await inviteRep(page, email),
    name,
    'a-long-audited-password',
  )
  await member.context.close()

  await page.goto('/team')
  await page.getByRole('combobox', { name: `Role of ${name}` }).selectOption('Manager')
  await expect(page.getByRole('combobox', { name: `Role of ${name}` })).toHaveValue('manager')
  await page.getByRole('button', { name: `Deactivate ${name}` }).click()
  await page
    .getByRole('dialog', { name: `Deactivate ${name}?` })
    .getByRole('button', { name: 'Deactivate' })
    .click()
  await expect(page.getByText(`${name} is deactivated.`)).toBeVisible()

  await page.goto('/audit')
  await page.getByLabel('What').selectOption('member')
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(/entity=member/)
  const changes = page.getByRole('list', { name: 'Changes' })
  // Newest first: the deactivation, then the role change.
  const entries = changes.getByRole('listitem').filter({ hasText: name })
  await expect(entries.first()).toContainText(`Ada Admin deactivated ${name}`)
  await expect(entries.first()).toContainText('active: true → false')
  await expect(entries.nth(1)).toContainText(`Ada Admin changed ${name}'s role`)
  await expect(entries.nth(1)).toContainText('role: rep → manager')
  await expectAccessible(page)

  await page.goto('/audit?entity=invitation')
  const invitation = page.getByRole('list', { name: 'Changes' }).getByRole('listitem')
  await expect(invitation.filter({ hasText: `Ada Admin invited ${email}` })).toHaveCount(1)
  await expect(invitation.filter({ hasText: `${name} accepted` })).toContainText(email)

  const stored = await queryRows<{ action: string; actorName: string }>(
    `SELECT a.action, u.name AS "actorName" FROM "AuditEvent" a JOIN "User" u ON u.id = a."actorId"
     WHERE a.entity = 'member' AND a.action LIKE $1 ORDER BY a.at`,
    [`%${name}%`],
  )
  expect(stored).toEqual([
    { action: `changed ${name}'s role`, actorName: 'Ada Admin' },
    { action: `deactivated ${name}`, actorName: 'Ada Admin' },
  ])
})
