'use client'

import { ImageOffIcon } from 'lucide-react'
import { useState } from 'react'

/** A live thumbnail of the image address, or a plain placeholder when it does not load. */
export function ImagePreview({ url }: { url: string }) {
  const [failed, setFailed] = useState<string | null>(null)
  const showImage = url && /^https?:\/\//.test(url) && failed !== url
  return (
    <div className="grid size-20 place-items-center overflow-hidden rounded-md border bg-muted sm:mt-5.5">
      {showImage ? (
        // eslint-disable-next-line @next/next/no-img-element -- any host may serve product images
        <img
          src={url}
          alt="Product image preview"
          className="size-full object-cover"
          onError={() => setFailed(url)}
        />
      ) : (
        <ImageOffIcon className="size-6 text-muted-foreground" aria-label="No image" role="img" />
      )}
    </div>
  )
}
