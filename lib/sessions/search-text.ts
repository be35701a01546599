// What the history's search looks in, lower-case so that `contains` means the same on SQLite and
// PostgreSQL: buyer, company, deal reference, products, rep, and SaleSnip's id once there is one.
export function sessionSearchText(parts: {
  buyer: { name: string; email: string; company: string; dealReference: string }
  productNames: string[]
  rep: { name: string; email: string }
  salesnipId?: string | null
}): string {
  const { buyer, rep } = parts
  return [
    buyer.name,
    buyer.email,
    buyer.company,
    buyer.dealReference,
    ...parts.productNames,
    rep.name,
    rep.email,
    ...(parts.salesnipId ? [parts.salesnipId] : []),
  ]
    .join(' ')
    .toLowerCase()
}
