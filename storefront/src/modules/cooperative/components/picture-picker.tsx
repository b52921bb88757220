"use client"

import Image from "next/image"
import { useEffect, useState } from "react"

import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"

import { MAX_NEW_PICTURES, PICTURE_TYPES } from "../lib/product-form"
import { shrinkInputPictures } from "../lib/shrink-picture"
import { fieldAria } from "./form-field"
import { labelClass, secondaryButton } from "./styles"

type PicturePickerProps = {
  title: string
  initial: string[]
  error?: string
  messages: Messages["portal"]["productForm"]
}

/** The listing's pictures in order (first is the cover), and new ones to upload with the form. */
export function PicturePicker({ title, initial, error, messages }: PicturePickerProps) {
  const [pictures, setPictures] = useState(initial)
  const [previews, setPreviews] = useState<{ name: string; url: string }[]>([])
  useEffect(
    () => () => {
      previews.forEach((preview) => {
        URL.revokeObjectURL(preview.url)
      })
    },
    [previews]
  )
  const move = (url: string) => {
    setPictures([url, ...pictures.filter((each) => each !== url)])
  }
  const remove = (url: string) => {
    setPictures(pictures.filter((each) => each !== url))
  }
  const label = (index: number) => format(messages.imageAlt, { title: title || "", index: index + 1 })

  return (
    <fieldset className="space-y-3">
      <legend className={labelClass}>{messages.imagesHeading}</legend>
      {pictures.map((url) => (
        <input key={url} type="hidden" name="images" value={url} />
      ))}
      {pictures.length ? (
        <ul className="grid grid-cols-3 gap-3 sm:grid-cols-5" aria-label={messages.currentImages}>
          {pictures.map((url, index) => (
            <li key={url} className="space-y-1">
              <div className="relative aspect-square overflow-hidden rounded-lg border border-stone-200 bg-stone-100">
                <Image
                  src={url}
                  alt={label(index)}
                  fill
                  sizes="(min-width: 640px) 10rem, 30vw"
                  className="object-cover"
                />
                {index === 0 ? (
                  <span className="absolute top-1 left-1 rounded bg-brand-600 px-1.5 text-xs text-white">
                    {messages.cover}
                  </span>
                ) : null}
              </div>
              <div className="flex flex-col">
                {index > 0 ? (
                  <button
                    type="button"
                    onClick={() => {
                      move(url)
                    }}
                    className="min-h-11 text-xs text-brand-700 underline"
                  >
                    {messages.makeCover}
                  </button>
                ) : null}
                <button
                  type="button"
                  onClick={() => {
                    remove(url)
                  }}
                  className="min-h-11 text-xs text-stone-600 underline"
                >
                  {messages.removeImage}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="space-y-1.5">
        {/* The native input is hidden (its "No file chosen" is in the browser's language); the label opens it. */}
        <input
          id="new-images"
          name="new_images"
          type="file"
          multiple
          accept={PICTURE_TYPES.join(",")}
          className="peer sr-only"
          onChange={(event) => {
            void shrinkInputPictures(event.target).then((files) => {
              setPreviews(
                files
                  .slice(0, MAX_NEW_PICTURES)
                  .map((file) => ({ name: file.name, url: URL.createObjectURL(file) }))
              )
            })
          }}
          {...fieldAria("new-images", { error, hint: messages.imagesHint })}
        />
        <label
          htmlFor="new-images"
          className={`${secondaryButton} cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600`}
        >
          {messages.addImages}
        </label>
        {previews.length ? (
          <ul className="flex flex-wrap gap-2">
            {previews.map((preview) => (
              <li key={preview.url}>
                <Image
                  src={preview.url}
                  alt={preview.name}
                  width={64}
                  height={64}
                  unoptimized
                  className="size-16 rounded-lg border border-stone-200 object-cover"
                />
              </li>
            ))}
          </ul>
        ) : null}
        {error ? (
          <p id="new-images-error" className="text-sm text-red-700">
            {error}
          </p>
        ) : (
          <p id="new-images-hint" className="text-xs text-stone-500">
            {messages.imagesHint}
          </p>
        )}
      </div>
    </fieldset>
  )
}
