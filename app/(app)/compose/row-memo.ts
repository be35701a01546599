// Memoised rows of the composer (product lines, cross-sells): a keystroke anywhere re-renders the
// form, and with 50 lines, redrawing each made typing lag behind the preview. A row draws again only
// when what it shows changes; its inputs are the browser's own and need no redraw.

/**
 * A row's <li>: the browser skips the style, layout and paint of rows off screen (the accessibility
 * tree, find in page and focus still reach them). With 50 products, repainting every row made each
 * keystroke miss the next frame. A row not yet drawn takes the height given until it is.
 */
export const OFFSCREEN_SKIPPED = '[content-visibility:auto] [contain-intrinsic-size:auto_20rem]'

/**
 * Props equal but for the row's errors object, which react-hook-form mutates in place: its messages
 * (`errorsKey`) decide instead.
 */
export function sameRowProps<P extends { errorsKey: string }>(before: P, after: P): boolean {
  return (Object.keys(after) as (keyof P)[]).every(
    (key) => key === 'lineErrors' || key === 'rowErrors' || before[key] === after[key],
  )
}

/** Every error message under a row, with its path: equal text, equal errors. */
export function errorMessagesKey(errors: unknown, path = ''): string {
  if (!errors || typeof errors !== 'object') return ''
  let key = ''
  for (const [name, value] of Object.entries(errors)) {
    if (name === 'ref') continue // the input element
    if (name === 'message' && typeof value === 'string') key += `${path}:${value};`
    else key += errorMessagesKey(value, `${path}.${name}`)
  }
  return key
}
