import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, defaultSalesChannelId, storeHeaders } from "../helpers/auth"
import { createProduct, createYunnanTree } from "../helpers/aid-fixtures"
import { failure } from "../helpers/http"

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers

    beforeEach(async () => {
      admin = await adminHeaders(getContainer())
      store = await storeHeaders(getContainer())
    })

    describe("aid regions", () => {
      it("builds the province → prefecture → county tree and serves it publicly", async () => {
        const { province, prefecture, county } = await createYunnanTree(api, admin)
        expect(county).toMatchObject({
          level: "county",
          parent_id: prefecture.id,
          name: "金平县",
        })

        const tree = (await api.get("/store/aid/regions", store)).data.regions
        expect(tree).toHaveLength(1)
        expect(tree[0]).toMatchObject({ id: province.id, name: "云南省" })
        expect(tree[0].children[0]).toMatchObject({ id: prefecture.id })
        expect(tree[0].children[0].children[0]).toMatchObject({
          id: county.id,
          story: "苗绣之乡",
        })

        const detail = (await api.get(`/store/aid/regions/${county.id}`, store)).data.region
        expect(detail.path.map((node: { name: string }) => node.name)).toEqual([
          "云南省",
          "红河哈尼族彝族自治州",
          "金平县",
        ])
      })

      it("refuses a county without a prefecture parent, naming parent_id", async () => {
        const { province } = await createYunnanTree(api, admin)
        const result = await failure(
          api.post(
            "/admin/aid/regions",
            {
              code: "x-county",
              level: "county",
              parent_id: province.id,
              name: "某县",
              name_en: "X",
            },
            admin
          )
        )
        expect(result.status).toBe(400)
        expect(result.message).toContain("parent_id")
      })

      it("answers 400 naming the field for a bad body and for unknown fields", async () => {
        const missing = await failure(
          api.post("/admin/aid/regions", { code: "gansu", level: "province", name_en: "Gansu" }, admin)
        )
        expect(missing.status).toBe(400)
        expect(missing.message).toContain("name")

        const badLevel = await failure(
          api.post(
            "/admin/aid/regions",
            { code: "gansu", level: "city", name: "甘肃", name_en: "Gansu" },
            admin
          )
        )
        expect(badLevel.status).toBe(400)
        expect(badLevel.message).toContain("level")

        const { county } = await createYunnanTree(api, admin)
        const moved = await failure(api.post(`/admin/aid/regions/${county.id}`, { level: "province" }, admin))
        expect(moved.status).toBe(400)
        expect(moved.message).toContain("level")
      })

      it("updates, refuses to delete a region that has children, deletes a leaf", async () => {
        const { prefecture, county } = await createYunnanTree(api, admin)
        const updated = await api.post(
          `/admin/aid/regions/${county.id}`,
          { name_en: "Jinping County" },
          admin
        )
        expect(updated.data.region.name_en).toBe("Jinping County")

        const conflict = await failure(api.delete(`/admin/aid/regions/${prefecture.id}`, admin))
        expect(conflict.status).toBe(400)
        expect(conflict.message).toContain("child regions")

        const deleted = await api.delete(`/admin/aid/regions/${county.id}`, admin)
        expect(deleted.data).toEqual({
          id: county.id,
          object: "region",
          deleted: true,
        })
        expect((await failure(api.get(`/admin/aid/regions/${county.id}`, admin))).status).toBe(404)
      })

      it("answers 404 for unknown ids on every verb, admin and store", async () => {
        for (const request of [
          () => api.get("/admin/aid/regions/aidreg_missing", admin),
          () => api.post("/admin/aid/regions/aidreg_missing", { name: "无" }, admin),
          () => api.delete("/admin/aid/regions/aidreg_missing", admin),
          () => api.get("/store/aid/regions/aidreg_missing", store),
          () => api.get("/store/aid/cooperatives/no-such-handle", store),
          () => api.get("/admin/aid/cooperatives/coop_missing", admin),
          () => api.get("/admin/aid/pairings/aidpair_missing", admin),
          () => api.get("/admin/aid/donors/aiddonor_missing", admin),
          () => api.get("/admin/aid/certificates/aidcert_missing", admin),
        ]) {
          expect((await failure(request())).status).toBe(404)
        }
      })

      it("keeps admin routes for staff: no token → 401", async () => {
        expect((await failure(api.get("/admin/aid/regions"))).status).toBe(401)
        expect(
          (
            await failure(
              api.post("/admin/aid/regions", {
                code: "x",
                level: "province",
                name: "x",
                name_en: "x",
              })
            )
          ).status
        ).toBe(401)
      })
    })

    describe("donors and pairings", () => {
      it("pairs a donor district with a county and shows the pairing on the public region", async () => {
        const { county } = await createYunnanTree(api, admin)
        const donor = (
          await api.post(
            "/admin/aid/donors",
            {
              code: "shanghai-changning",
              name: "上海市长宁区",
              name_en: "Changning",
            },
            admin
          )
        ).data.donor
        const pairing = (
          await api.post(
            "/admin/aid/pairings",
            { donor_id: donor.id, region_id: county.id, since_year: 1996 },
            admin
          )
        ).data.pairing
        expect(pairing).toMatchObject({
          since_year: 1996,
          donor: { name: "上海市长宁区" },
          region: { name: "金平县" },
        })

        const region = (await api.get(`/store/aid/regions/${county.id}`, store)).data.region
        expect(region.pairings).toEqual([
          expect.objectContaining({
            since_year: 1996,
            donor: expect.objectContaining({ name: "上海市长宁区" }),
          }),
        ])

        const busy = await failure(api.delete(`/admin/aid/donors/${donor.id}`, admin))
        expect(busy.status).toBe(400)
        await api.delete(`/admin/aid/pairings/${pairing.id}`, admin)
        expect((await api.delete(`/admin/aid/donors/${donor.id}`, admin)).data.deleted).toBe(true)
      })

      it("names the field that points nowhere, and validates the year", async () => {
        const { county } = await createYunnanTree(api, admin)
        const unknownDonor = await failure(
          api.post(
            "/admin/aid/pairings",
            {
              donor_id: "aiddonor_nope",
              region_id: county.id,
              since_year: 2017,
            },
            admin
          )
        )
        expect(unknownDonor.status).toBe(404)
        expect(unknownDonor.message).toContain("donor_id")

        const badYear = await failure(
          api.post(
            "/admin/aid/pairings",
            {
              donor_id: "aiddonor_nope",
              region_id: county.id,
              since_year: 1800,
            },
            admin
          )
        )
        expect(badYear.status).toBe(400)
        expect(badYear.message).toContain("since_year")
      })
    })

    describe("cooperatives, products and certificates", () => {
      it("creates a cooperative with its own stock location in a county and lists it publicly", async () => {
        const { county, prefecture } = await createYunnanTree(api, admin)
        const body = {
          handle: "jinping-embroidery",
          name: "金平县锦屏绣娘合作社",
          name_en: "Jinping Embroiderers",
          county_id: county.id,
          households: 102,
          contact_phone: "13577300005",
        }
        const cooperative = (await api.post("/admin/aid/cooperatives", body, admin)).data.cooperative
        expect(cooperative).toMatchObject({
          handle: "jinping-embroidery",
          households: 102,
          county: { name: "金平县" },
        })
        expect(cooperative.stock_location.name).toBe("金平县锦屏绣娘合作社 仓库")

        const listed = (await api.get("/store/aid/cooperatives", store)).data
        expect(listed.count).toBe(1)
        expect(listed.cooperatives[0].place.map((node: { name: string }) => node.name)).toEqual([
          "云南省",
          "红河哈尼族彝族自治州",
          "金平县",
        ])
        expect(listed.cooperatives[0]).not.toHaveProperty("contact_phone")

        const inPrefecture = await failure(
          api.post("/admin/aid/cooperatives", { ...body, handle: "other", county_id: prefecture.id }, admin)
        )
        expect(inPrefecture.status).toBe(400)
        expect(inPrefecture.message).toContain("county_id")

        const moved = await failure(
          api.post(`/admin/aid/cooperatives/${cooperative.id}`, { county_id: prefecture.id }, admin)
        )
        expect(moved.status).toBe(400)
        expect(moved.message).toContain("county_id")

        const badPhone = await failure(
          api.post("/admin/aid/cooperatives", { ...body, handle: "other", contact_phone: "12" }, admin)
        )
        expect(badPhone.status).toBe(400)
        expect(badPhone.message).toContain("contact_phone")

        const duplicate = await failure(api.post("/admin/aid/cooperatives", body, admin))
        expect(duplicate.status).toBeGreaterThanOrEqual(400)
        expect(duplicate.status).toBeLessThan(500)
      })

      it("shows the cooperative and county on store products, and only published products on its page", async () => {
        const { county } = await createYunnanTree(api, admin)
        const cooperative = (
          await api.post(
            "/admin/aid/cooperatives",
            {
              handle: "jinping-embroidery",
              name: "锦屏绣娘",
              name_en: "Jinping",
              county_id: county.id,
            },
            admin
          )
        ).data.cooperative
        const product = await createProduct(
          api,
          admin,
          "miao-bag",
          await defaultSalesChannelId(getContainer())
        )
        const draft = await createProduct(
          api,
          admin,
          "draft-bag",
          await defaultSalesChannelId(getContainer())
        )
        await api.post(`/admin/products/${draft.id}`, { status: "draft" }, admin)
        for (const listed of [product, draft]) {
          const assigned = await api.post(
            `/admin/aid/products/${listed.id}/cooperative`,
            { cooperative_id: cooperative.id },
            admin
          )
          expect(assigned.data.product.cooperative.name).toBe("锦屏绣娘")
        }
        const unknown = await failure(
          api.post(`/admin/aid/products/${product.id}/cooperative`, { cooperative_id: "coop_nope" }, admin)
        )
        expect(unknown.status).toBe(404)

        const { data } = await api.get(
          `/store/products?handle=miao-bag&fields=id,title,+cooperative.name,+cooperative.county.name,+cooperative.county.name_en`,
          store
        )
        expect(data.products[0].cooperative).toMatchObject({
          name: "锦屏绣娘",
          county: { name: "金平县", name_en: "Jinping" },
        })

        const page = (await api.get("/store/aid/cooperatives/jinping-embroidery", store)).data.cooperative
        expect(page.products.map((listed: { handle: string }) => listed.handle)).toEqual(["miao-bag"])

        const busy = await failure(api.delete(`/admin/aid/cooperatives/${cooperative.id}`, admin))
        expect(busy.status).toBe(400)
        expect(busy.message).toContain("products")
      })

      it("issues a certificate for a product, moves it, and validates its dates", async () => {
        const first = await createProduct(api, admin, "honey-a", await defaultSalesChannelId(getContainer()))
        const second = await createProduct(api, admin, "honey-b", await defaultSalesChannelId(getContainer()))
        const body = {
          number: "XFBF-GS-2025-0107",
          issuer: "甘肃省乡村振兴局",
          valid_from: "2025-01-01",
          valid_to: "2027-12-31",
          product_id: first.id,
        }
        const certificate = (await api.post("/admin/aid/certificates", body, admin)).data.certificate
        expect(certificate).toMatchObject({
          number: "XFBF-GS-2025-0107",
          product: { id: first.id },
        })

        const moved = (
          await api.post(`/admin/aid/certificates/${certificate.id}`, { product_id: second.id }, admin)
        ).data.certificate
        expect(moved.product.id).toBe(second.id)
        const { data } = await api.get(`/store/products?handle=honey-a&fields=id,+certificate.number`, store)
        expect(data.products[0].certificate ?? null).toBeNull()

        const backwards = await failure(
          api.post("/admin/aid/certificates", { ...body, number: "X-2", valid_to: "2024-01-01" }, admin)
        )
        expect(backwards.status).toBe(400)
        expect(backwards.message).toContain("valid_to")

        const unknownProduct = await failure(
          api.post("/admin/aid/certificates", { ...body, number: "X-3", product_id: "prod_nope" }, admin)
        )
        expect(unknownProduct.status).toBe(404)
        expect(unknownProduct.message).toContain("product_id")

        expect((await api.delete(`/admin/aid/certificates/${certificate.id}`, admin)).data.deleted).toBe(true)
      })
    })
  },
})
