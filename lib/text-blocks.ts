// Long preformatted text drawn in blocks of lines (components/json-view.tsx).
const LINES_PER_BLOCK = 40

/**
 * The text in blocks of 40 lines, each keeping its line ends (the text reads and copies the same).
 * The composer's preview changes a line or two a keystroke: the browser lays out and paints again
 * only the block that changed, not a thousand lines.
 */
export function inBlocks(text: string): string[] {
  const lines = text.split('\n')
  const blocks: string[] = []
  for (let start = 0; start < lines.length; start += LINES_PER_BLOCK) {
    const end = Math.min(lines.length, start + LINES_PER_BLOCK)
    blocks.push(lines.slice(start, end).join('\n') + (end < lines.length ? '\n' : ''))
  }
  return blocks
}
