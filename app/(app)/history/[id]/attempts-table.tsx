import { Card, CardTitle } from '@/components/ui/card'
import type { SessionDetail } from '@/lib/history/session-data'
import { when } from './when'

/** Every call to SaleSnip for the session: when, what came back, how long it took. */
export function AttemptsTable({ attempts }: { attempts: SessionDetail['attempts'] }) {
  return (
    <Card aria-labelledby="attempts-title" className="grid gap-3">
      <CardTitle id="attempts-title">Attempts</CardTitle>
      <table className="w-full text-sm">
        <caption className="sr-only">Calls to SaleSnip for this session</caption>
        <thead className="text-left">
          <tr>
            <th scope="col" className="py-1 font-medium">
              When
            </th>
            <th scope="col" className="py-1 font-medium">
              Outcome
            </th>
            <th scope="col" className="py-1 font-medium">
              HTTP
            </th>
            <th scope="col" className="py-1 font-medium">
              Message
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Time
            </th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => (
            <tr key={attempt.id} className="border-t">
              <td className="py-1">{when(attempt.startedAt)}</td>
              <td className="py-1">{attempt.outcome}</td>
              <td className="py-1">{attempt.httpStatus ?? '—'}</td>
              <td className="py-1">{attempt.message || '—'}</td>
              <td className="py-1 text-right">
                {attempt.durationMs === null ? '—' : `${attempt.durationMs} ms`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  )
}
