// A full sign-in as a person does it: the sign-in form's server action, which checks the rate limit,
// verifies the password hash, creates the session and sets its cookie.
import { DEMO_MEMBERS } from '@/lib/db/seed-values'
import { serverActionRequest } from '@/scripts/tools/test/server-action-request'

/** Signs the demo admin in once; returns the session cookie to send back. */
export async function signInAsAdmin(baseUrl: string): Promise<string> {
  const admin = DEMO_MEMBERS.find((member) => member.role === 'admin')!
  const request = serverActionRequest({
    file: 'lib/auth/actions/sign-in.ts',
    name: 'signInAction',
    origin: baseUrl,
    input: { email: admin.email, password: admin.password, next: '/' },
  })
  const response = await fetch(`${baseUrl}/sign-in`, {
    method: 'POST',
    ...request,
    redirect: 'manual',
  })
  await response.arrayBuffer()
  const cookie = response.headers.getSetCookie().find((value) => value.includes('session_token='))
  if (!cookie) throw new Error(`Sign-in set no session cookie (status ${response.status})`)
  return cookie.split(';')[0]!
}

export async function timeSignIns(baseUrl: string, count: number): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < count; i += 1) {
    const started = performance.now()
    await signInAsAdmin(baseUrl)
    samples.push(performance.now() - started)
  }
  return samples
}
