"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

import { localeNames, locales, type Locale } from "@/i18n/config"
import { switchLocalePath } from "@/i18n/negotiate"

type LanguageSwitchProps = {
  current: Locale
  label: string
}

/** Links to the page the reader is on, in each other language (client-side: it needs the current path). */
export function LanguageSwitch({ current, label }: LanguageSwitchProps) {
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
                className="inline-flex min-h-9 items-center rounded-full bg-brand-50 px-3 font-medium text-brand-700"
              >
                {localeNames[locale]}
              </span>
            ) : (
              <Link
                href={switchLocalePath(pathname, locale)}
                hrefLang={locale}
                lang={locale}
                className="inline-flex min-h-9 items-center rounded-full px-3 text-stone-600 hover:bg-stone-100 hover:text-stone-900"
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
