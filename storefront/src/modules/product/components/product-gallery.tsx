"use client"

import Image from "next/image"
import { useState } from "react"

import { format } from "@/i18n/format"

import type { ProductImage } from "../lib/product-model"

// The gallery is the left half of a max-w-6xl page on desktops, the full width on phones.
export const GALLERY_SIZES = "(min-width: 1024px) 36rem, 100vw"

type ProductGalleryProps = {
  images: ProductImage[]
  label: string
  /** "查看第 {index} 张图片" */
  showImageLabel: string
}

/** The main picture and a row of thumbnails; the square frame is fixed, so switching never shifts the page. */
export function ProductGallery({ images, label, showImageLabel }: ProductGalleryProps) {
  const [index, setIndex] = useState(0)
  const current = images[index] ?? images[0]
  if (!current) return null
  return (
    <section aria-label={label} className="space-y-3">
      <div className="relative aspect-square overflow-hidden rounded-2xl bg-stone-100">
        <Image
          key={current.url}
          src={current.url}
          alt={current.alt}
          fill
          preload
          sizes={GALLERY_SIZES}
          className="object-cover"
        />
      </div>
      {images.length > 1 && (
        <ul className="flex gap-2">
          {images.map((image, each) => (
            <li key={image.url}>
              <button
                type="button"
                onClick={() => {
                  setIndex(each)
                }}
                aria-label={format(showImageLabel, { index: each + 1 })}
                aria-pressed={each === index}
                className="relative block size-16 overflow-hidden rounded-lg border-2 border-transparent bg-stone-100 aria-pressed:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 sm:size-20"
              >
                <Image src={image.url} alt="" fill sizes="5rem" className="object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
