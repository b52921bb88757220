/** A quiet placeholder while a personal page (cart, checkout, account) loads; announced once. */
export function PageSkeleton({ label, blocks = 3 }: { label: string; blocks?: number }) {
  return (
    <main className="mx-auto max-w-4xl space-y-4 px-4 py-8" aria-busy="true">
      <p role="status" className="sr-only">
        {label}
      </p>
      <div aria-hidden="true" className="h-8 w-48 animate-pulse rounded bg-stone-200" />
      {Array.from({ length: blocks }, (_, index) => (
        <div key={index} aria-hidden="true" className="h-32 animate-pulse rounded-2xl bg-stone-100" />
      ))}
    </main>
  )
}
