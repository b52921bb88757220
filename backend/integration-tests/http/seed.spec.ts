import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ExecArgs } from "@medusajs/framework/types"
import { createRequire } from "node:module"
import { mkdtempSync, readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"

// Through Node's require, so the seed shares the workflows Medusa itself loaded.
const seedHeartlink = createRequire(__filename)("../../src/scripts/seed").default as (
  args: ExecArgs
) => Promise<void>

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("seeds the demo market once: a second run adds nothing twice", async () => {
      const keyFile = path.join(mkdtempSync(path.join(os.tmpdir(), "heartlink-seed-")), "publishable-key")
      process.env.PUBLISHABLE_KEY_FILE = keyFile
      const run = () => seedHeartlink({ container: getContainer(), args: [] } as unknown as ExecArgs)
      await run()
      const key = readFileSync(keyFile, "utf8").trim()
      expect(key).toMatch(/^pk_/)
      const store = { headers: { "x-publishable-api-key": key } }

      const counts = async () => ({
        products: (await api.get("/store/products?limit=1", store)).data.count,
        cooperatives: (await api.get("/store/aid/cooperatives", store)).data.count,
        provinces: (await api.get("/store/aid/regions", store)).data.regions.length,
      })
      const first = await counts()
      expect(first).toEqual({ products: 19, cooperatives: 7, provinces: 2 })

      await run()
      expect(await counts()).toEqual(first)
      expect(readFileSync(keyFile, "utf8").trim()).toBe(key)

      // Prices in ¥, the cooperative and county on each aid product, stock at the cooperative's location.
      const { regions } = (await api.get("/store/regions", store)).data
      const cny = regions.find((region: { currency_code: string }) => region.currency_code === "cny")
      const { products } = (
        await api.get(
          `/store/products?handle=jingtai-wildflower-honey&region_id=${cny.id}&fields=title,*variants.calculated_price,+variants.inventory_quantity,+cooperative.name,+cooperative.county.name,+certificate.number`,
          store
        )
      ).data
      expect(products[0]).toMatchObject({
        title: "景泰百花蜜",
        cooperative: { name: "景泰县五佛乡蜜蜂养殖合作社", county: { name: "景泰县" } },
        certificate: { number: "XFBF-GS-2025-0107" },
      })
      const prices = products[0].variants.map(
        (variant: { calculated_price: { calculated_amount: number } }) =>
          variant.calculated_price.calculated_amount
      )
      expect(prices.sort()).toEqual([128, 68])
      expect(products[0].variants[0].inventory_quantity).toBeGreaterThan(0)
    })

    it("creates the demo logins and the demo promotion code outside production", async () => {
      await seedHeartlink({ container: getContainer(), args: [] } as unknown as ExecArgs)
      const staff = await api.post("/auth/user/emailpass", {
        email: "staff@heartlink.local",
        password: "heartlink-demo",
      })
      expect(staff.data.token).toBeTruthy()
      const member = await api.post("/auth/cooperative/emailpass", {
        email: "jingtai-wufo-honey@heartlink.local",
        password: "heartlink-demo",
      })
      expect(member.data.token).toBeTruthy()

      // XINLIANXIN10 takes 10% off the goods in a buyer's cart.
      const store = {
        headers: {
          "x-publishable-api-key": readFileSync(String(process.env.PUBLISHABLE_KEY_FILE), "utf8").trim(),
        },
      }
      const { regions } = (await api.get("/store/regions", store)).data
      const { products } = (
        await api.get("/store/products?handle=jingtai-wildflower-honey&fields=*variants", store)
      ).data
      const honey = products[0].variants.find((variant: { sku: string }) => variant.sku === "JT-HONEY-500")
      const { cart } = (
        await api.post(
          "/store/carts",
          { region_id: regions[0].id, items: [{ variant_id: honey.id, quantity: 1 }] },
          store
        )
      ).data
      const discounted = (
        await api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: ["XINLIANXIN10"] }, store)
      ).data.cart
      expect(discounted).toMatchObject({ item_subtotal: 68, discount_total: 6.8, total: 61.2 })
    })
  },
})
