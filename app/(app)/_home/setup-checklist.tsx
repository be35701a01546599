import Link from 'next/link'
import { CheckCircle2Icon, CircleIcon } from 'lucide-react'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import type { SetupStep } from '@/lib/home/setup'

/** The admin's setup still to do; gone once every step is done. */
export function SetupChecklist({ steps }: { steps: SetupStep[] }) {
  const done = steps.filter((step) => step.done).length
  return (
    <Card aria-labelledby="setup-title" className="grid gap-3">
      <div>
        <CardTitle id="setup-title">Set up the workspace</CardTitle>
        <CardDescription>
          {done} of {steps.length} done.
        </CardDescription>
      </div>
      <ul className="grid gap-2 text-sm">
        {steps.map((step) => (
          <li key={step.id} className="flex items-center gap-2">
            {step.done ? (
              <CheckCircle2Icon aria-hidden className="size-4 shrink-0 text-primary" />
            ) : (
              <CircleIcon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
            )}
            {step.done ? (
              <span>
                {step.label} <span className="sr-only">(done)</span>
              </span>
            ) : (
              <Link href={step.href} className="underline underline-offset-4">
                {step.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </Card>
  )
}
