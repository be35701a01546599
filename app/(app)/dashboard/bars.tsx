import Link from 'next/link'

type Bar = { key: string; label: string; value: number; text: string; href: string }

/** A small horizontal bar chart that is also a list: the numbers are written out, not only drawn. */
export function Bars({ label, rows }: { label: string; rows: Bar[] }) {
  if (rows.length === 0)
    return <p className="text-sm text-muted-foreground">Nothing in this range.</p>
  const max = Math.max(...rows.map((row) => row.value), 1)
  return (
    <ul aria-label={label} className="grid gap-2">
      {rows.map((row) => (
        <li key={row.key} className="grid gap-1 text-sm">
          <div className="flex justify-between gap-4">
            <Link href={row.href} className="underline">
              {row.label}
            </Link>
            <span className="text-muted-foreground tabular-nums">{row.text}</span>
          </div>
          <div className="h-2 rounded-full bg-muted" aria-hidden>
            <div
              className="h-2 rounded-full bg-primary"
              style={{ width: `${Math.max(2, (row.value / max) * 100)}%` }}
            />
          </div>
        </li>
      ))}
    </ul>
  )
}
