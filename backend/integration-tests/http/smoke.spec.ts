import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, storeHeaders } from "../helpers/auth"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("lists regions", async () => {
      const admin = await adminHeaders(getContainer())
      const store = await storeHeaders(getContainer())
      const created = await api.post("/admin/aid/regions", { code: "yn", level: "province", name: "云南省", name_en: "Yunnan" }, admin)
      expect(created.status).toBe(201)
      const res = await api.get("/store/aid/regions", store)
      expect(res.data.regions[0].name).toBe("云南省")
    })
  },
})
