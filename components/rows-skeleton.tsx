/** Where a list's rows will be while its data loads (the page's title and actions show at once). */
export function RowsSkeleton({ rows = 6, label = 'Loading…' }: { rows?: number; label?: string }) {
  return (
    <div aria-busy="true" className="mt-4 grid gap-2">
      <p className="text-sm text-muted-foreground" role="status">
        {label}
      </p>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="h-10 animate-pulse rounded-md bg-muted" />
      ))}
    </div>
  )
}
