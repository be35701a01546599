// Search that means what was typed. Both databases run `contains` as LIKE, where "%" and "_" are
// wildcards (and "\" escapes on PostgreSQL), and SQLite's LIKE has no default escape character. So
// the stored search text and the typed query are written in one normal form: lower-case, with those
// three characters replaced by private-use code points nobody types. LIKE then finds them literally,
// and the indexes (PostgreSQL's trigram index included) still apply.

const LITERAL: Record<string, string> = { '%': '\uE000', _: '\uE001', '\\': '\uE002' }

export function searchNormal(text: string): string {
  return text.toLowerCase().replace(/[%_\\]/g, (character) => LITERAL[character]!)
}
