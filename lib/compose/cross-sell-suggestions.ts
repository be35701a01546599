import { LIMITS } from '@/lib/salesnip/limits'

/**
 * The cross-sells a composition starts with: the picked templates' suggestions, in order, without
 * duplicates, without the products already in the session, at most 10.
 */
export function suggestCrossSells(picked: { id: string; crossSellIds: string[] }[]): string[] {
  const inSession = new Set(picked.map((template) => template.id))
  const suggestions: string[] = []
  for (const template of picked) {
    for (const id of template.crossSellIds) {
      if (suggestions.length >= LIMITS.crossSells.max) return suggestions
      if (!inSession.has(id) && !suggestions.includes(id)) suggestions.push(id)
    }
  }
  return suggestions
}
