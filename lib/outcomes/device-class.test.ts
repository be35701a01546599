import { describe, expect, it } from 'vitest'
import { deviceClassOf } from './device-class'

describe('deviceClassOf', () => {
  it('tells phones, tablets and desktops apart', () => {
    expect(
      deviceClassOf(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
      ),
    ).toBe('phone')
    expect(deviceClassOf('Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36')).toBe(
      'phone',
    )
    expect(
      deviceClassOf('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15'),
    ).toBe('tablet')
    expect(deviceClassOf('Mozilla/5.0 (Linux; Android 14; SM-X710) Safari/537.36')).toBe('tablet')
    expect(
      deviceClassOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0'),
    ).toBe('desktop')
  })

  it('counts link previews and scripts as bots, not opens', () => {
    expect(deviceClassOf('Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)')).toBe('bot')
    expect(deviceClassOf('WhatsApp/2.23.20.0')).toBe('bot')
    expect(deviceClassOf('curl/8.5.0')).toBe('bot')
    expect(deviceClassOf(null)).toBe('bot')
  })
})
