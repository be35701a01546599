'use client'

import { useEffect, useState } from 'react'

/** The link as a QR code, drawn in the browser (the link is not sent anywhere to make it). */
export function QrCode({ value }: { value: string }) {
  const [svg, setSvg] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    // The encoder loads with the first code shown, not with every page that might show one.
    import('qrcode')
      .then(({ default: QRCode }) =>
        QRCode.toString(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      )
      .then(
        (text) => current && setSvg(text),
        () => current && setSvg(null),
      )
    return () => {
      current = false
    }
  }, [value])
  return (
    <figure className="grid content-start justify-items-center gap-1">
      <div
        role="img"
        aria-label={`QR code of ${value}`}
        className="size-44 rounded-md border bg-white p-2"
        // The SVG comes from the qrcode library, made from the link only.
        dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
      />
      <figcaption className="text-xs text-muted-foreground">Scan to open on a phone</figcaption>
    </figure>
  )
}
