import { test as setup } from '@playwright/test'
import { ROLES } from '../lib/auth/roles'
import { signInAs, storageStateOf } from './auth'

// Signs in once per role; the other tests start from these saved sessions.
for (const role of ROLES) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await signInAs(page, role)
    await page.context().storageState({ path: storageStateOf(role) })
  })
}
