import type { ReactNode } from "react"

export const productGridClassName = "grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4"

export function ProductGrid({ children }: { children: ReactNode }) {
  return <ul className={productGridClassName}>{children}</ul>
}
