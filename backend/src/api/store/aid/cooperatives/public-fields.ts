/** A cooperative as the public sees it; `place` (province → county) is added by withPlace. */
export const publicCooperativeFields = [
  "id",
  "handle",
  "name",
  "name_en",
  "story",
  "story_en",
  "households",
  "logo_url",
  "contact_name",
  "county.id",
  "county.code",
  "county.name",
  "county.name_en",
]

export const publicCooperativeProductFields = [
  "products.id",
  "products.handle",
  "products.title",
  "products.subtitle",
  "products.thumbnail",
  "products.status",
  "products.metadata",
]
