/** A cooperative as the public sees it, with the place it helps spelled out to the province. */
export const publicCooperativeFields = [
  "id", "handle", "name", "name_en", "story", "story_en", "households", "logo_url", "contact_name",
  "county.id", "county.name", "county.name_en",
  "county.parent.id", "county.parent.name", "county.parent.name_en",
  "county.parent.parent.id", "county.parent.parent.name", "county.parent.parent.name_en",
]

export const publicCooperativeProductFields = [
  "products.id", "products.handle", "products.title", "products.subtitle", "products.thumbnail",
  "products.status", "products.metadata",
]
