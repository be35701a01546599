import { searchNormal } from '@/lib/literal-search'

// What the history's search looks in (buyer, company, deal reference, products, rep, and SaleSnip's
// id once there is one), in the literal search form of lib/literal-search.ts.
export function sessionSearchText(parts: {
  buyer: { name: string; email: string; company: string; dealReference: string }
  productNames: string[]
  rep: { name: string; email: string }
  salesnipId?: string | null
}): string {
  const { buyer, rep } = parts
  return searchNormal(
    [
      buyer.name,
      buyer.email,
      buyer.company,
      buyer.dealReference,
      ...parts.productNames,
      rep.name,
      rep.email,
      ...(parts.salesnipId ? [parts.salesnipId] : []),
    ].join(' '),
  )
}
