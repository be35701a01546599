import { TableScroll } from '@/components/table-scroll'
import { formatMoney } from '@/lib/salesnip/money'
import { formatDiscount, type ProductOutcome } from '@/lib/outcomes/summary'

/** Per product: the agreed price and quantity against the opening price and the floor. */
export function OutcomeTable({
  products,
  currency,
  accepted,
}: {
  products: ProductOutcome[]
  currency: string
  /** Until the buyer accepts, SaleSnip's prices are where the talk stands, not an agreement. */
  accepted: boolean
}) {
  const money = (minor: number) => formatMoney(minor, currency)
  return (
    <TableScroll label="Negotiated products, scrollable">
      <table className="w-full text-sm [&_td]:px-1.5 [&_th]:px-1.5">
        <caption className="sr-only">Negotiated products</caption>
        <thead className="text-left">
          <tr>
            <th scope="col" className="py-1 font-medium">
              Product
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Opening
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Floor
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {accepted ? 'Agreed' : 'Now'}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Quantity
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Discount
            </th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.id} className="border-t">
              <th scope="row" className="py-1 text-left font-normal">
                {product.name}
                {!product.main && <span className="text-muted-foreground"> (extra)</span>}
              </th>
              <td className="py-1 text-right tabular-nums">{money(product.openingMinor)}</td>
              <td className="py-1 text-right tabular-nums">{money(product.floorMinor)}</td>
              <td className="py-1 text-right font-medium tabular-nums">
                {money(product.agreedMinor)}
              </td>
              <td className="py-1 text-right tabular-nums">
                {product.quantity
                  ? `${product.quantity.agreed} (opened at ${product.quantity.opening})`
                  : '—'}
              </td>
              <td className="py-1 text-right tabular-nums">{formatDiscount(product.discountBp)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
