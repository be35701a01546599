import { TableScroll } from '@/components/table-scroll'
import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { formatMoney } from '@/lib/salesnip/money'
import type { TemplateListRow } from '@/lib/templates/read-data'

export function TemplateTable({ rows }: { rows: TemplateListRow[] }) {
  return (
    <TableScroll label="Templates, scrollable" className="mt-2 rounded-lg border bg-card">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="text-muted-foreground">
          <tr className="border-b">
            <th scope="col" className="p-3 font-medium">
              Name
            </th>
            <th scope="col" className="p-3 font-medium">
              Product id
            </th>
            <th scope="col" className="p-3 font-medium">
              Opening prices
            </th>
            <th scope="col" className="p-3 font-medium">
              Tags
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="p-3 font-medium">
                <Link href={`/templates/${row.id}`} className="underline-offset-4 hover:underline">
                  {row.name}
                </Link>
                {row.archived && <Badge className="ml-2">Archived</Badge>}
                {row.upsellName && (
                  <span className="block text-xs font-normal text-muted-foreground">
                    Upsell: {row.upsellName}
                  </span>
                )}
              </th>
              <td className="p-3 font-mono text-xs">{row.productId}</td>
              <td className="p-3">
                {row.prices
                  .map((price) => formatMoney(price.openingMinor, price.currency))
                  .join(' · ')}
              </td>
              <td className="p-3">
                <span className="flex flex-wrap gap-1">
                  {row.tags.map((tag) => (
                    <Badge key={tag}>{tag}</Badge>
                  ))}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
