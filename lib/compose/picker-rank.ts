import { searchNormal } from '@/lib/literal-search'

// How the product picker orders what a search found: what a rep typed is most likely the start of
// a name ("enterprise" means "Enterprise (annual)", not a template merely tagged enterprise).

type Match = { name: string; productId: string }

const NAME_PREFIX = 0
const NAME_WORD = 1
const NAME_ANYWHERE = 2
const PRODUCT_ID = 3
const TAG_OR_OTHER = 4

function rankOf(query: string, match: Match): number {
  const name = searchNormal(match.name)
  if (name.startsWith(query)) return NAME_PREFIX
  if (name.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(query))) return NAME_WORD
  if (name.includes(query)) return NAME_ANYWHERE
  if (searchNormal(match.productId).includes(query)) return PRODUCT_ID
  return TAG_OR_OTHER
}

/** Name prefix, then a word of the name, then the product id, then tags; by name within each. */
export function rankTemplateMatches<T extends Match>(text: string, matches: T[]): T[] {
  const query = searchNormal(text.trim())
  if (!query) return [...matches].sort((a, b) => a.name.localeCompare(b.name))
  return matches
    .map((match) => ({ match, rank: rankOf(query, match) }))
    .sort((a, b) => a.rank - b.rank || a.match.name.localeCompare(b.match.name))
    .map(({ match }) => match)
}
