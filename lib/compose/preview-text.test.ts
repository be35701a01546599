import { describe, expect, it } from 'vitest'
import { buyerMessage, widgetSnippet } from '@/lib/sessions/share-text'
import { curlCommand, describeFormPath } from './preview-text'

describe('the preview’s words', () => {
  it('copies as curl with the key left as a variable and the body byte for byte', () => {
    const bytes = `{"projectId":"p","metadata":{"note":"it's \\"quoted\\""}}`
    const curl = curlCommand('https://api.salesnip.com/', bytes)
    expect(curl).toBe(
      [
        `curl -X POST 'https://api.salesnip.com/v1/sessions' \\`,
        `  -H "X-Api-Key: $SALESNIP_API_KEY" \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  --data-binary @- <<'JSON'`,
        bytes,
        'JSON',
      ].join('\n'),
    )
  })

  it('names a problem’s place in words', () => {
    expect(describeFormPath('lines.2.floor')).toBe('Product 3 · floor')
    expect(describeFormPath('crossSells.0.opening')).toBe('Cross-sell 1 · opening price')
    expect(describeFormPath('lines.0.quantity.maximum')).toBe('Product 1 · maximum quantity')
    expect(describeFormPath('callbacks.success')).toBe('Success address')
  })

  it('writes the buyer’s message and the widget snippet', () => {
    expect(buyerMessage({ buyerName: 'Ada Lovelace', url: 'https://x.example/#1' })).toMatch(
      /^Hi Ada,\n[\s\S]*https:\/\/x\.example\/#1/,
    )
    expect(widgetSnippet('session_1')).toBe(
      '<script src="https://cdn.salesnip.com/v1/script.min.js"></script>\n<script>window.salesnip.open("session_1")</script>',
    )
  })
})
