/** What the public may see of a region: no contact data, no internal notes beyond the pairing's. */
export const publicRegionFields = [
  "id", "code", "level", "name", "name_en", "story", "story_en", "image_url", "parent_id",
  "pairings.id", "pairings.since_year", "pairings.note", "pairings.note_en",
  "pairings.donor.id", "pairings.donor.name", "pairings.donor.name_en",
  "cooperatives.id", "cooperatives.handle", "cooperatives.name", "cooperatives.name_en",
  "cooperatives.households", "cooperatives.logo_url",
]
