import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, defaultSalesChannelId, storeHeaders } from "../helpers/auth"
import { failure } from "../helpers/http"
import { createListingMarket } from "../helpers/listing-fixtures"

type Headers = { headers: Record<string, string> }

// The shop's listing: filters Medusa's product API cannot express, price sorting and pages.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers

    beforeEach(async () => {
      admin = await adminHeaders(getContainer())
      store = await storeHeaders(getContainer())
    })

    describe("product listing (GET /store/aid/products)", () => {
      let listing: (query: string) => Promise<{ product_ids: string[]; count: number }>
      let handles: (query: string) => Promise<string[]>

      beforeEach(async () => {
        const { regionId } = await createListingMarket(
          api,
          admin,
          await defaultSalesChannelId(getContainer())
        )
        listing = async (query) =>
          (await api.get(`/store/aid/products?region_id=${regionId}&${query}`, store)).data
        const { products } = (await api.get("/store/products?fields=id,handle&limit=50", store)).data
        const handleOf = new Map(products.map((p: { id: string; handle: string }) => [p.id, p.handle]))
        handles = async (query) => (await listing(query)).product_ids.map((id) => String(handleOf.get(id)))
      })

      it("filters published products by aid place, cooperative, kind, certificate and price", async () => {
        expect((await handles("sort=price_asc")).sort()).toEqual([
          "green-tea",
          "miao-bag",
          "tote",
          "yao-scarf",
        ])
        expect((await handles("region=honghe")).sort()).toEqual(["green-tea", "miao-bag", "yao-scarf"])
        expect((await handles("county=jinping")).sort()).toEqual(["miao-bag", "yao-scarf"])
        expect(await handles("region=yunnan&county=lvchun")).toEqual(["green-tea"])
        expect(await handles("cooperative=lvchun-tea")).toEqual(["green-tea"])
        expect((await handles("kind=embroidery")).sort()).toEqual(["miao-bag", "yao-scarf"])
        // green-tea's certificate ran out in 2021: only valid certificates count.
        expect(await handles("certified=1")).toEqual(["miao-bag"])
        // A product's price is its cheapest variant's: green-tea costs from ¥39.90.
        expect(await handles("price_min=50&price_max=100")).toEqual(["yao-scarf"])
        expect(await handles("price_max=39.90&sort=price_asc")).toEqual(["tote", "green-tea"])
        expect(await listing("region=nowhere")).toMatchObject({ product_ids: [], count: 0 })
      })

      it("sorts by the cheapest variant and pages, counting every match", async () => {
        expect(await handles("sort=price_asc")).toEqual(["tote", "green-tea", "yao-scarf", "miao-bag"])
        expect(await handles("sort=price_desc")).toEqual(["miao-bag", "yao-scarf", "green-tea", "tote"])
        const second = await listing("sort=price_asc&limit=3&page=2")
        expect(second).toMatchObject({ count: 4, page: 2, limit: 3, offset: 3 })
        expect(await handles("sort=price_asc&limit=3&page=2")).toEqual(["miao-bag"])
      })

      it("answers 400 naming the field for a bad query", async () => {
        const cases: [string, string][] = [
          ["sort=cheapest", "sort"],
          ["price_min=-1", "price_min"],
          ["price_max=1.999", "price_max"],
          ["price_min=100&price_max=50", "price_min"],
          ["page=0", "page"],
          ["limit=500", "limit"],
          ["certified=yes", "certified"],
          ["colour=red", "colour"],
        ]
        for (const [query, field] of cases) {
          const result = await failure(listing(query))
          expect(result.status, query).toBe(400)
          expect(result.message, query).toContain(field)
        }
        const noRegion = await failure(api.get("/store/aid/products", store))
        expect(noRegion.status).toBe(400)
        expect(noRegion.message).toContain("region_id")
        const unknownRegion = await failure(api.get("/store/aid/products?region_id=reg_nope", store))
        expect(unknownRegion.status).toBe(400)
        expect(unknownRegion.message).toContain("region_id")
      })

      it("serves a region by its code too, with codes on its path", async () => {
        const region = (await api.get("/store/aid/regions/lvchun", store)).data.region
        expect(region.path.map((node: { code: string }) => node.code)).toEqual(["yunnan", "honghe", "lvchun"])
      })
    })
  },
})
