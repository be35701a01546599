import Link from 'next/link'

export default function Forbidden() {
  return (
    <main className="mx-auto grid min-h-dvh max-w-md place-content-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-semibold">You don’t have access to this page</h1>
      <p className="text-muted-foreground">
        Your role does not include it. An admin of your team can change your role.
      </p>
      <Link href="/" className="text-primary underline underline-offset-4">
        Go to the start page
      </Link>
    </main>
  )
}
