import type { ComposeFormInput } from './schema'

/** A draft's name in "My drafts": the buyer, else the first product, else "Untitled draft". */
export function draftTitleOf(
  form: Pick<ComposeFormInput, 'buyer'>,
  productNames: string[],
): string {
  const buyer = [form.buyer.company, form.buyer.name].filter((part) => part.trim()).join(' · ')
  const named = productNames.filter(Boolean)
  const products = named.length
    ? `${named[0]}${named.length > 1 ? ` +${named.length - 1}` : ''}`
    : ''
  return (buyer || products || 'Untitled draft').slice(0, 120)
}
