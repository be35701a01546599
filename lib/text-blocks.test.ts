import { describe, expect, it } from 'vitest'
import { inBlocks } from './text-blocks'

describe('inBlocks', () => {
  it('gives the text back whole, in blocks of 40 lines that end where a line ends', () => {
    const text = Array.from({ length: 95 }, (_, i) => `  "line ${i}": ${i},`).join('\n')
    const blocks = inBlocks(text)
    expect(blocks.join('')).toBe(text)
    expect(blocks.map((block) => block.split('\n').filter(Boolean).length)).toEqual([40, 40, 15])
    expect(blocks.slice(0, -1).every((block) => block.endsWith('\n'))).toBe(true)
  })

  it('changes only the block of a changed line', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `line ${i}`)
    const before = inBlocks(lines.join('\n'))
    lines[57] = 'line 57, edited'
    const after = inBlocks(lines.join('\n'))
    expect(after.map((block, i) => block === before[i])).toEqual([true, false, true])
  })

  it('keeps short text and text with a final line end as they are', () => {
    expect(inBlocks('{}')).toEqual(['{}'])
    expect(inBlocks('a\n').join('')).toBe('a\n')
    expect(inBlocks('')).toEqual([''])
  })
})
