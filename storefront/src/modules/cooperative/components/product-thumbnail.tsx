import Image from "next/image"

import { shopFileUrl } from "@/lib/util/shop-file-url"

/** A listing's cover picture in a small square, or a grey square saying there is none. */
export function ProductThumbnail({
  url,
  alt,
  noImage,
}: {
  url: string | null
  alt: string
  noImage: string
}) {
  return (
    <div className="relative size-16 shrink-0 overflow-hidden rounded-lg border border-stone-200 bg-stone-100 sm:size-20">
      {url ? (
        <Image src={shopFileUrl(url)} alt={alt} fill sizes="5rem" className="object-cover" />
      ) : (
        <span className="flex h-full items-center justify-center text-xs text-stone-400">{noImage}</span>
      )}
    </div>
  )
}
