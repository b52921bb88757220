import type { Locale } from "@/i18n/config"

export const LISTING_SORTS = ["newest", "price_asc", "price_desc"] as const
export type ListingSort = (typeof LISTING_SORTS)[number]

/** The listing's URL, which is also the query of GET /store/aid/products (same names). */
export type ListingFilters = {
  /** Aid region code (province or prefecture), county code, cooperative handle, category handle. */
  region?: string
  county?: string
  cooperative?: string
  kind?: string
  certified?: true
  /** Yuan as typed, normalised ("39.9"). */
  price_min?: string
  price_max?: string
  sort: ListingSort
  page: number
}

/** What a chip can remove; `price` removes both bounds. */
export type FilterKey = "region" | "county" | "cooperative" | "kind" | "certified" | "price"

export type SearchParams = Record<string, string | string[] | undefined>

export const MAX_PAGE = 1000
const CODE = /^[A-Za-z0-9_-]{1,100}$/
const YUAN = /^\d{1,7}(\.\d{1,2})?$/

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim()

const code = (value: string | string[] | undefined) => {
  const text = first(value)
  return text && CODE.test(text) ? text : undefined
}

/** "039.90" → "39.9": one spelling per amount, so each filtered page has one URL. No float maths. */
function yuan(value: string | string[] | undefined): string | undefined {
  const text = first(value)
  if (!text || !YUAN.test(text)) return undefined
  const [whole = "0", fraction = ""] = text.split(".")
  const units = whole.replace(/^0+(?=\d)/, "")
  const cents = fraction.replace(/0+$/, "")
  return cents ? `${units}.${cents}` : units
}

function page(value: string | string[] | undefined): number {
  const text = first(value)
  const number = text && /^\d{1,4}$/.test(text) ? Number(text) : 1
  return number >= 1 && number <= MAX_PAGE ? number : 1
}

/** Reads the listing's filters from the URL; anything malformed is dropped rather than shown as an error. */
export function parseListingParams(params: SearchParams): ListingFilters {
  const sort = first(params.sort)
  let price_min = yuan(params.price_min)
  let price_max = yuan(params.price_max)
  // Bounds typed the wrong way round mean the same range.
  if (price_min !== undefined && price_max !== undefined && Number(price_min) > Number(price_max)) {
    ;[price_min, price_max] = [price_max, price_min]
  }
  const certified = first(params.certified)
  return {
    region: code(params.region),
    county: code(params.county),
    cooperative: code(params.cooperative),
    kind: code(params.kind),
    certified: certified === "1" || certified === "true" ? true : undefined,
    price_min,
    price_max,
    sort: LISTING_SORTS.find((each) => each === sort) ?? "newest",
    page: page(params.page),
  }
}

/** The canonical query ("" or "?…"): fixed order, defaults left out. */
export function listingSearch(filters: ListingFilters): string {
  const entries: [string, string | undefined][] = [
    ["region", filters.region],
    ["county", filters.county],
    ["cooperative", filters.cooperative],
    ["kind", filters.kind],
    ["certified", filters.certified ? "1" : undefined],
    ["price_min", filters.price_min],
    ["price_max", filters.price_max],
    ["sort", filters.sort === "newest" ? undefined : filters.sort],
    ["page", filters.page > 1 ? String(filters.page) : undefined],
  ]
  const query = new URLSearchParams(
    entries.flatMap(([key, value]) => (value === undefined ? [] : [[key, value]]))
  ).toString()
  return query ? `?${query}` : ""
}

export const listingHref = (locale: Locale, filters: ListingFilters) =>
  `/${locale}/products${listingSearch(filters)}`

/** The query as it came in, for telling whether the URL is already canonical. */
export function rawSearch(params: SearchParams): string {
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) =>
      (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((each) => [key, each])
    )
  ).toString()
  return query ? `?${query}` : ""
}

/** The same listing without one filter, back on page 1. */
export function withoutFilter(filters: ListingFilters, key: FilterKey): ListingFilters {
  const next: ListingFilters = { ...filters, page: 1 }
  if (key === "price") {
    next.price_min = undefined
    next.price_max = undefined
  } else {
    next[key] = undefined
  }
  return next
}

/** No filters, same sort: where "clear all" leads. */
export const withoutFilters = (filters: ListingFilters): ListingFilters => ({ sort: filters.sort, page: 1 })

/** The filters in effect, in the order their chips show. */
export function activeFilters(filters: ListingFilters): FilterKey[] {
  const keys = ["region", "county", "cooperative", "kind", "certified"] as const
  const active: FilterKey[] = keys.filter((key) => filters[key] !== undefined)
  return filters.price_min !== undefined || filters.price_max !== undefined ? [...active, "price"] : active
}
