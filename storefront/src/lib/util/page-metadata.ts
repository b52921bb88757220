import type { Metadata } from "next"

import { locales, openGraphLocales, type Locale } from "@/i18n/config"

type PageMetadataInput = {
  locale: Locale
  /** The page's path after the locale, with its canonical query: "/products?kind=honey". */
  path: string
  title: string
  description: string
  siteName: string
  image?: { url: string; alt: string } | null
  type?: "website" | "article"
}

/** Title, description, canonical URL, the same page in each language, and Open Graph. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  siteName,
  image,
  type,
}: PageMetadataInput): Metadata {
  const url = `/${locale}${path}`
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: Object.fromEntries(locales.map((each) => [each, `/${each}${path}`])),
    },
    openGraph: {
      type: type ?? "website",
      url,
      siteName,
      title: `${title} · ${siteName}`,
      description,
      locale: openGraphLocales[locale],
      alternateLocale: locales.filter((each) => each !== locale).map((each) => openGraphLocales[each]),
      ...(image ? { images: [{ url: image.url, alt: image.alt }] } : {}),
    },
  }
}
