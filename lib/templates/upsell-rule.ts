// An upsell is one level deep (SaleSnip's upsellProduct has no upsell of its own), so:
// a template is never its own upsell; its upsell has no upsell; and a template that is already
// another template's upsell cannot take one (that would make a chain).
type UpsellCandidate = {
  id: string
  name: string
  upsellId: string | null
  archived: boolean
}

export function upsellProblem({
  templateId,
  upsell,
  isUpsellOfAnother,
}: {
  templateId: string | null
  upsell: UpsellCandidate | null
  isUpsellOfAnother: boolean
}): string | null {
  if (!upsell) return null
  if (upsell.id === templateId) return 'A template cannot be its own upsell.'
  if (upsell.upsellId !== null)
    return `${upsell.name} has an upsell of its own; upsells are one level deep.`
  if (isUpsellOfAnother)
    return 'This template is another template’s upsell, so it cannot have one itself.'
  if (upsell.archived) return `${upsell.name} is archived and cannot be picked.`
  return null
}
