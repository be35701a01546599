import { ConstructionIcon } from 'lucide-react'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { PageHeader } from './page-header'

type NotBuiltYetProps = { title: string; description: string; plans: string[] }

/** A section whose page is planned but not built: says so plainly, and what it will hold. */
export function NotBuiltYet({ title, description, plans }: NotBuiltYetProps) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <Card aria-labelledby="not-built-yet-title">
        <div className="flex items-start gap-3">
          <ConstructionIcon className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
          <div>
            <CardTitle id="not-built-yet-title">This page is not built yet</CardTitle>
            <CardDescription>It is planned, and will let you:</CardDescription>
            <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
              {plans.map((plan) => (
                <li key={plan}>{plan}</li>
              ))}
            </ul>
          </div>
        </div>
      </Card>
    </>
  )
}
