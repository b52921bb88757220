/** What a member sees of their own listings. */
export const memberProductFields = [
  "id",
  "title",
  "handle",
  "status",
  "description",
  "thumbnail",
  "metadata",
  "created_at",
  "updated_at",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.metadata",
  "variants.prices.amount",
  "variants.prices.currency_code",
]
