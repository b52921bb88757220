export type PageItem = { page: number } | { gap: string }

/** How many pages `count` products fill. */
export const pageCount = (count: number, limit: number) => Math.max(1, Math.ceil(count / limit))

/** Page links to show: the first, the last, and the current one with its neighbours; gaps between. */
export function pageItems(current: number, total: number): PageItem[] {
  const shown = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b)
  return shown.flatMap((page, index) => {
    const previous = shown[index - 1]
    const gap = previous !== undefined && page - previous > 1 ? [{ gap: `gap-${previous}` }] : []
    return [...gap, { page }]
  })
}
