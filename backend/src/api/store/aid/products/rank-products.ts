import type { ListingSort } from "./validators"

/** A listed product as ranking needs it; `prices` are its variants' prices in integer minor units. */
export type RankedCandidate = {
  id: string
  title: string
  created_at: string | Date
  prices: number[]
}

export type RankOptions = {
  /** Inclusive bounds on the product's lowest price, in integer minor units. */
  price_min?: number
  price_max?: number
  sort: ListingSort
  page: number
  limit: number
}

type Ranked = RankedCandidate & { lowest: number | null; time: number }

const newestFirst = (a: Ranked, b: Ranked) =>
  b.time - a.time || a.title.localeCompare(b.title, "zh-CN") || a.id.localeCompare(b.id)

// A product without a price in the region cannot be compared, so it goes last either way.
const byPrice = (direction: 1 | -1) => (a: Ranked, b: Ranked) => {
  if (a.lowest === null || b.lowest === null) {
    return (a.lowest === null ? 1 : 0) - (b.lowest === null ? 1 : 0) || newestFirst(a, b)
  }
  return direction * (a.lowest - b.lowest) || newestFirst(a, b)
}

const comparators: Record<ListingSort, (a: Ranked, b: Ranked) => number> = {
  newest: newestFirst,
  price_asc: byPrice(1),
  price_desc: byPrice(-1),
}

/**
 * Filters by the lowest variant price (the "from" price a card shows), sorts, and cuts one page.
 * Answers the page's ids and how many products matched in all.
 */
export function rankProducts(candidates: RankedCandidate[], options: RankOptions) {
  const { price_min, price_max } = options
  const ranked: Ranked[] = candidates.map((candidate) => ({
    ...candidate,
    lowest: candidate.prices.length ? Math.min(...candidate.prices) : null,
    time: new Date(candidate.created_at).getTime(),
  }))
  const bounded = price_min !== undefined || price_max !== undefined
  const matching = ranked.filter(
    ({ lowest }) =>
      !bounded ||
      (lowest !== null &&
        (price_min === undefined || lowest >= price_min) &&
        (price_max === undefined || lowest <= price_max))
  )
  matching.sort(comparators[options.sort])
  const offset = (options.page - 1) * options.limit
  return {
    ids: matching.slice(offset, offset + options.limit).map(({ id }) => id),
    count: matching.length,
    offset,
  }
}
