import { describe, expect, it } from 'vitest'
import { safeNextPath, signInPathFor } from './next-path'

describe('safeNextPath', () => {
  it('keeps paths of this app, with their query', () => {
    expect(safeNextPath('/history?q=acme')).toBe('/history?q=acme')
  })

  it('refuses anything that could leave the app', () => {
    for (const value of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'history',
      '',
      undefined,
      '/\t/evil.example/x', // the hostile review's: the tab is dropped, "//evil.example" stays
      '/\n/evil.example',
      '/\u0000x',
      '/\\/evil.example',
    ]) {
      expect(safeNextPath(value)).toBe('/')
    }
  })

  it('keeps encoded characters and non-ASCII as a path of this app, percent-encoded', () => {
    expect(safeNextPath('/%09/evil.example')).toBe('/%09/evil.example')
    expect(safeNextPath('/history?q=Zoë')).toBe('/history?q=Zo%C3%AB')
    expect(new URL(safeNextPath('/%09/evil.example'), 'http://app.test').host).toBe('app.test')
  })

  it('never loops back to sign-in', () => {
    expect(safeNextPath('/sign-in?next=/team')).toBe('/')
  })
})

describe('signInPathFor', () => {
  it('carries the requested path', () => {
    expect(signInPathFor('/team?x=1')).toBe('/sign-in?next=%2Fteam%3Fx%3D1')
    expect(signInPathFor('/')).toBe('/sign-in')
  })
})
