"use client"

import Link from "next/link"
import { usePathname, useSearchParams } from "next/navigation"
import { Suspense } from "react"

import { localeNames, locales, type Locale } from "@/i18n/config"
import { switchLocalePath } from "@/i18n/negotiate"

type LanguageSwitchProps = {
  current: Locale
  label: string
}

/** Links to the page the reader is on, filters included, in each other language. */
export function LanguageSwitch(props: LanguageSwitchProps) {
  // The query is only known in the browser for static pages; until then the links keep the path.
  return (
    <Suspense fallback={<LanguageLinks {...props} search="" />}>
      <LanguageLinksWithQuery {...props} />
    </Suspense>
  )
}

function LanguageLinksWithQuery(props: LanguageSwitchProps) {
  const query = useSearchParams().toString()
  return <LanguageLinks {...props} search={query ? `?${query}` : ""} />
}

function LanguageLinks({ current, label, search }: LanguageSwitchProps & { search: string }) {
  const pathname = usePathname()
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span
                aria-current="true"
                lang={locale}
                className="inline-flex min-h-11 items-center rounded-full bg-brand-50 px-3 font-medium text-brand-700"
              >
                {localeNames[locale]}
              </span>
            ) : (
              <Link
                href={`${switchLocalePath(pathname, locale)}${search}`}
                hrefLang={locale}
                lang={locale}
                className="inline-flex min-h-11 items-center rounded-full px-3 text-stone-600 hover:bg-stone-100 hover:text-stone-900"
              >
                {localeNames[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
