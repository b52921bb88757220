import { productGridClassName } from "./product-grid"

const PLACEHOLDER_CARDS = 8

/** Cards shaped like ProductCard, so the real grid replaces them without shifting the page. */
export function ProductGridSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <ul className={productGridClassName} aria-hidden="true">
        {Array.from({ length: PLACEHOLDER_CARDS }, (_, index) => (
          <li key={index} className="overflow-hidden rounded-xl border border-stone-200 bg-white">
            <div className="aspect-square animate-pulse bg-stone-200" />
            <div className="space-y-2 p-3">
              <div className="h-4 w-4/5 animate-pulse rounded bg-stone-200" />
              <div className="h-5 w-1/3 animate-pulse rounded bg-stone-200" />
              <div className="h-3 w-2/3 animate-pulse rounded bg-stone-100" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
