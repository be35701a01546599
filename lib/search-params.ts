/** Search params as Next hands them to a page, with the first value of any repeated key. */
export function firstValues(
  params: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  )
}

/** A page number from the address: a whole number from 1 to 10,000, anything else is page 1. */
export function pageNumber(value: string | undefined): number {
  if (!value || !/^\d{1,5}$/.test(value)) return 1
  return Math.min(10_000, Math.max(1, Number(value)))
}
