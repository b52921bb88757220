"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

type NavItem = { href: string; label: string; exact?: boolean }

/** The portal's four sections as tabs; the one the member is in is marked for eyes and screen readers. */
export function PortalNav({ label, items }: { label: string; items: NavItem[] }) {
  const pathname = usePathname()
  return (
    <nav aria-label={label} className="mx-auto max-w-5xl px-2 sm:px-4">
      <ul className="grid grid-cols-4 sm:flex sm:gap-2">
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname.startsWith(item.href)
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-11 items-center justify-center border-b-2 px-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-brand-600 sm:px-4 ${
                  current
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900"
                }`}
              >
                {item.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
