import { LIMITS } from '@/lib/salesnip/limits'
import { formatMoney } from '@/lib/salesnip/money'

type ComposeSummaryProps = {
  products: number
  crossSells: number
  /** null while an amount cannot be read. */
  openingTotalMinor: number | null
  currency: string
}

/** The composition's counters against SaleSnip's limits, and its opening total. */
export function ComposeSummary(props: ComposeSummaryProps) {
  const figures = [
    ['Products', `${props.products}/${LIMITS.products.max}`],
    ['Cross-sells', `${props.crossSells}/${LIMITS.crossSells.max}`],
    [
      'Opening total',
      props.openingTotalMinor === null ? '—' : formatMoney(props.openingTotalMinor, props.currency),
    ],
  ]
  return (
    <dl className="grid grid-cols-3 gap-2 rounded-lg border p-3 text-sm">
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
