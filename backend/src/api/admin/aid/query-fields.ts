/** Default fields each aid admin route answers with; `fields=` narrows or extends them. */
export const aidAdminFields = {
  aid_region: ["id", "code", "level", "name", "name_en", "story", "story_en", "image_url", "parent_id", "created_at", "updated_at"],
  donor_district: ["id", "code", "name", "name_en", "created_at", "updated_at"],
  pairing: [
    "id", "since_year", "note", "note_en", "donor_id", "region_id",
    "donor.id", "donor.name", "donor.name_en", "region.id", "region.name", "region.name_en", "region.level",
    "created_at", "updated_at",
  ],
  cooperative: [
    "id", "handle", "name", "name_en", "story", "story_en", "households",
    "contact_name", "contact_phone", "contact_email", "logo_url", "county_id",
    "county.id", "county.name", "county.name_en", "stock_location.id", "stock_location.name",
    "created_at", "updated_at",
  ],
  certificate: ["id", "number", "issuer", "valid_from", "valid_to", "product.id", "product.title", "created_at", "updated_at"],
} as const
