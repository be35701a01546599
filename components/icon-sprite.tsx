import type { LucideIcon } from 'lucide-react'

// Icons drawn once per row of a long list (History's copy and menu buttons) are drawn once per page,
// as symbols, and each row shows a <use> of its symbol. A lucide icon costs its component's work and
// its whole markup at every use: 50 of them took half of the History table's server render (0.86 of
// 1.77 ms) and 15 KB of its HTML, and the browser hydrates each again.

/** The page's symbols, out of sight: each icon under the id its uses name. */
export function IconSprite({ icons }: { icons: Record<string, LucideIcon> }) {
  return (
    <svg aria-hidden width="0" height="0" className="absolute">
      {Object.entries(icons).map(([id, Icon]) => (
        <symbol key={id} id={id} viewBox="0 0 24 24">
          <Icon />
        </symbol>
      ))}
    </svg>
  )
}

/** One use of a symbol of the page's IconSprite, sized as the lucide icon it stands for. */
export function SpriteIcon({ id }: { id: string }) {
  return (
    <svg aria-hidden width="24" height="24" viewBox="0 0 24 24" className="lucide">
      <use href={`#${id}`} />
    </svg>
  )
}
