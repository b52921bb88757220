// The one list of cache tags: reads tag their fetches with these, mutations revalidate the same names.
export const CACHE_TAGS = {
  products: "products",
  regions: "regions",
  /** The aid catalogue: aid regions, pairings, cooperatives. */
  aid: "aid",
  /** The public aid counter (/store/aid/impact). */
  impact: "impact",
} as const

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

/**
 * How long a tagged read may be served from cache before Next refetches it in the background.
 * Short for products until the backend tells the storefront to revalidate on product changes.
 */
export const CACHE_REVALIDATE_SECONDS: Record<CacheTag, number> = {
  products: 60,
  regions: 3600,
  aid: 300,
  // The counter moves with every order; the backend caches it for a minute too.
  impact: 60,
}
