import { LIMITS } from '@/lib/salesnip/limits'

/**
 * The product id a new template suggests from its name, until the manager types their own:
 * "Pro (annual) – EU" → "pro-annual-eu". Lower-case ASCII letters, digits and dashes, which every
 * CRM and SaleSnip's own dashboard take as they are.
 */
export function productIdFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.productId.max)
    .replace(/-+$/, '')
}
