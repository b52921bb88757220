import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { placeOrder } from "../helpers/checkout"
import {
  embroidery,
  honeyHive,
  memberOf as loginAs,
  newListing,
  pictureForm,
  tinyPng,
  uploadPictures,
} from "../helpers/cooperative-fixtures"
import { failure } from "../helpers/http"
import { shanghaiToday } from "../helpers/ledger-client"
import { useLedgerMarket } from "../helpers/ledger-market"

// Each cooperative member sees and changes only their own cooperative's listings.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { market, settledLedger, registerCustomer } = useLedgerMarket(api, getContainer)

    // The seed gives every cooperative a demo member: <handle>@heartlink.local / heartlink-demo.
    const memberOf = (handle: string) => loginAs(api, handle)

    it("shows a member their own cooperative and only its listings", async () => {
      const member = await memberOf(honeyHive)
      const me = (await api.get("/cooperative/me", member)).data
      expect(me.cooperative).toMatchObject({ handle: honeyHive, name: "景泰县五佛乡蜜蜂养殖合作社" })
      expect(me.member.email).toBe(`${honeyHive}@heartlink.local`)
      const { products } = (await api.get("/cooperative/products", member)).data
      expect(products.map((p: { handle: string }) => p.handle).sort()).toEqual([
        "jingtai-comb-honey",
        "jingtai-goji-honey",
        "jingtai-wildflower-honey",
      ])
    })

    it("answers 404 for another cooperative's listing and order, whatever the method", async () => {
      const member = await memberOf(honeyHive)
      const { products } = (await api.get("/cooperative/products", await memberOf(embroidery))).data
      const theirs = `/cooperative/products/${products[0].id}`
      expect((await failure(api.get(theirs, member))).status).toBe(404)
      expect((await failure(api.post(theirs, { title: "改名" }, member))).status).toBe(404)
      expect((await failure(api.delete(theirs, member))).status).toBe(404)
      expect((await api.get(theirs, await memberOf(embroidery))).data.product.id).toBe(products[0].id)

      // An order holding only another cooperative's goods is not there to see or ship.
      const { order } = await placeOrder(api, market.store, [{ variant_id: market.bag, quantity: 1 }])
      expect((await api.get("/cooperative/orders", member)).data.orders).toEqual([])
      const parcel = { carrier: "顺丰速运", tracking_number: "SF1234567890" }
      expect(
        (await failure(api.post(`/cooperative/orders/${order.id}/fulfillments`, parcel, member))).status
      ).toBe(404)
    })

    it("lets only members in, and keeps members out of the staff admin", async () => {
      const customer = await registerCustomer("curious@heartlink.test")
      const { products } = (await api.get("/cooperative/products", await memberOf(honeyHive))).data
      const product = `/cooperative/products/${products[0].id}`
      const { order } = await placeOrder(api, market.store, [{ variant_id: market.honey, quantity: 1 }])
      const everyRoute = (headers?: object) => [
        api.get("/cooperative/me", headers),
        api.get("/cooperative/products", headers),
        api.post("/cooperative/products", newListing, headers),
        api.get(product, headers),
        api.post(product, { title: "改名" }, headers),
        api.delete(product, headers),
        api.post(`${product}/inventory`, { variants: [{ id: "variant_x", stock: 1 }] }, headers),
        api.post(
          "/cooperative/uploads",
          pictureForm([{ name: "a.png", type: "image/png", content: tinyPng }]),
          headers
        ),
        api.get("/cooperative/orders", headers),
        api.post(
          `/cooperative/orders/${order.id}/fulfillments`,
          { carrier: "顺丰速运", tracking_number: "SF1234567890" },
          headers
        ),
        api.get("/cooperative/impact", headers),
      ]
      for (const headers of [undefined, customer, market.admin]) {
        const statuses = await Promise.all(
          everyRoute(headers).map(async (call) => (await failure(call)).status)
        )
        expect(statuses).toEqual(statuses.map(() => 401))
      }
      const member = await memberOf(honeyHive)
      expect((await failure(api.get("/admin/aid/impact", member))).status).toBe(401)
      expect((await failure(api.get("/admin/products", member))).status).toBe(401)
    })

    it("names the field of a bad listing", async () => {
      const member = await memberOf(honeyHive)
      const bad = async (body: object) =>
        failure(api.post("/cooperative/products", { ...newListing, ...body }, member))
      const variant = newListing.variants[0]
      expect(await bad({ title: "" })).toMatchObject({
        status: 400,
        message: expect.stringContaining("title"),
      })
      expect(await bad({ variants: [] })).toMatchObject({
        status: 400,
        message: expect.stringContaining("variants"),
      })
      expect(await bad({ variants: [{ ...variant, sku: "bad sku" }] })).toMatchObject({
        status: 400,
        message: expect.stringContaining("sku"),
      })
      expect(await bad({ variants: [{ ...variant, price: 1.234 }] })).toMatchObject({
        status: 400,
        message: expect.stringContaining("price"),
      })
      expect(await bad({ cooperative_id: "coop_other" })).toMatchObject({ status: 400 })
    })

    it("a member's new listing sells in the shop under its county, and the ledger and portal count it", async () => {
      const member = await memberOf(honeyHive)
      const { product } = (await api.post("/cooperative/products", newListing, member)).data
      expect(product).toMatchObject({ title: "景泰槐花蜜", status: "published" })

      const fields = "id,*variants,+cooperative.name,+cooperative.county.name"
      const { products } = (
        await api.get(`/store/products?handle=${product.handle}&fields=${fields}`, market.store)
      ).data
      expect(products[0]).toMatchObject({
        cooperative: { name: "景泰县五佛乡蜜蜂养殖合作社", county: { name: "景泰县" } },
      })
      const { order } = await placeOrder(api, market.store, [
        { variant_id: products[0].variants[0].id, quantity: 2 },
      ])
      const entries = await settledLedger(order.id, 1)
      expect(entries.map((entry) => [entry.county_name, entry.product_title, entry.amount])).toEqual([
        ["景泰县", "景泰槐花蜜", 91],
      ])
      const { months } = (await api.get("/cooperative/impact", member)).data
      // Not certified: sales, but not what official aid statistics count.
      expect(months).toEqual([
        {
          month: shanghaiToday().slice(0, 7),
          gross: 91,
          reversals: 0,
          net: 91,
          certified_net: 0,
          orders: 1,
          items: 2,
        },
      ])
    })

    it("updates, unpublishes and deletes a member's own listing", async () => {
      const member = await memberOf(honeyHive)
      const { product } = (await api.post("/cooperative/products", newListing, member)).data
      // Its web address comes from the cooperative and the English name, numbered when already taken.
      expect(product.handle).toBe("jingtai-wufo-honey-jingtai-acacia-honey")
      const again = (
        await api.post(
          "/cooperative/products",
          { ...newListing, variants: [{ ...newListing.variants[0], sku: "JT-ACACIA-250B" }] },
          member
        )
      ).data.product
      expect(again.handle).toBe("jingtai-wufo-honey-jingtai-acacia-honey-2")
      const path = `/cooperative/products/${product.id}`
      const updated = (await api.post(path, { title_en: "Acacia honey", status: "draft" }, member)).data
        .product
      expect(updated).toMatchObject({ status: "draft", metadata: { title_en: "Acacia honey" } })
      const listed = (await api.get(`/store/products?handle=${product.handle}`, market.store)).data.products
      expect(listed).toEqual([])
      expect((await api.delete(path, member)).data).toMatchObject({ id: product.id, deleted: true })
      expect((await failure(api.get(path, member))).status).toBe(404)
    })

    it("lists only its own lines of an order, with the address, and ships them from its location", async () => {
      const honeyMember = await memberOf(honeyHive)
      const bagMember = await memberOf(embroidery)
      const { order } = await placeOrder(api, market.store, [
        { variant_id: market.honey, quantity: 2 },
        { variant_id: market.bag, quantity: 1 },
      ])
      const toShip = (await api.get("/cooperative/orders?status=to_ship", honeyMember)).data.orders
      expect(toShip).toHaveLength(1)
      expect(toShip[0]).toMatchObject({
        id: order.id,
        to_ship: true,
        shipping_address: { city: "上海市", phone: "13800138000", address_1: "长宁路 1018 号" },
      })
      expect(
        toShip[0].lines.map((line: { product_title: string; quantity: number }) => [
          line.product_title,
          line.quantity,
        ])
      ).toEqual([["景泰百花蜜", 2]])
      const bagLine = (await api.get("/cooperative/orders", bagMember)).data.orders[0].lines[0]

      const ship = (member: object, body: object) =>
        api.post(`/cooperative/orders/${order.id}/fulfillments`, body, member)
      const parcel = { carrier: "顺丰速运", tracking_number: "SF1234567890" }
      expect(
        (await failure(ship(honeyMember, { ...parcel, items: [{ id: bagLine.id, quantity: 1 }] }))).status
      ).toBe(404)
      expect(await failure(ship(honeyMember, { carrier: "顺丰速运", tracking_number: "x" }))).toMatchObject({
        status: 400,
        message: expect.stringContaining("tracking_number"),
      })
      const shipped = (await ship(honeyMember, parcel)).data.order
      expect(shipped).toMatchObject({
        to_ship: false,
        parcels: [{ carrier: "顺丰速运", tracking_number: "SF1234567890", items: [{ quantity: 2 }] }],
      })
      expect(shipped.lines[0].shipped_quantity).toBe(2)
      expect(
        (await api.get("/cooperative/orders?status=shipped", honeyMember)).data.orders.map(
          (o: { id: string }) => o.id
        )
      ).toEqual([order.id])
      // The other cooperative's line is still waiting for them.
      expect(
        (await api.get("/cooperative/orders?status=to_ship", bagMember)).data.orders[0].lines[0]
          .shipped_quantity
      ).toBe(0)

      const { order: adminOrder } = (
        await api.get(`/admin/orders/${order.id}?fields=id,*fulfillments,*fulfillments.labels`, market.admin)
      ).data
      expect(adminOrder.fulfillments).toHaveLength(1)
      expect(adminOrder.fulfillments[0]).toMatchObject({
        location_id: expect.any(String),
        metadata: { carrier: "顺丰速运" },
        labels: [expect.objectContaining({ tracking_number: "SF1234567890" })],
      })
      expect(adminOrder.fulfillments[0].shipped_at).toBeTruthy()
      expect((await failure(ship(honeyMember, parcel))).status).toBe(400)
    })

    it("takes pictures for listings: JPEG, PNG or WebP only, 5 MB at most, the field named otherwise", async () => {
      const member = await memberOf(honeyHive)
      const [url] = await uploadPictures(api, member)
      expect(url).toMatch(/^http:\/\/localhost:9000\/static\/cooperatives\/jingtai-wufo-honey\/.+\.png$/)

      const upload = (files: { name: string; type: string; content: Buffer }[], field?: string) =>
        failure(api.post("/cooperative/uploads", pictureForm(files, field), member))
      const script = {
        name: "honey.png",
        type: "image/png",
        content: Buffer.from("<script>alert(1)</script>"),
      }
      expect(await upload([script])).toMatchObject({ status: 400, message: expect.stringContaining("files") })
      expect(await upload([])).toMatchObject({ status: 400, message: expect.stringContaining("files") })
      const huge = {
        name: "big.png",
        type: "image/png",
        content: Buffer.concat([tinyPng, Buffer.alloc(5 * 1024 * 1024)]),
      }
      expect(await upload([huge])).toMatchObject({ status: 400, message: expect.stringContaining("5 MB") })
      const seven = Array.from({ length: 7 }, () => ({ name: "a.png", type: "image/png", content: tinyPng }))
      expect(await upload(seven)).toMatchObject({ status: 400, message: expect.stringContaining("files") })
      expect(await upload([{ name: "a.png", type: "image/png", content: tinyPng }], "picture")).toMatchObject(
        { status: 400, message: expect.stringContaining("files") }
      )
    })

    it("a listing carries its uploaded pictures in order, and the shop shows the first", async () => {
      const member = await memberOf(honeyHive)
      const [first, second] = await uploadPictures(api, member, 2)
      const { product } = (
        await api.post("/cooperative/products", { ...newListing, images: [first, second] }, member)
      ).data
      expect(product.images.map((image: { url: string }) => image.url)).toEqual([first, second])
      expect(product.thumbnail).toBe(first)

      const path = `/cooperative/products/${product.id}`
      const reordered = (await api.post(path, { images: [second] }, member)).data.product
      expect(reordered.images.map((image: { url: string }) => image.url)).toEqual([second])
      const { products } = (
        await api.get(`/store/products?handle=${product.handle}&fields=thumbnail`, market.store)
      ).data
      expect(products[0].thumbnail).toBe(second)

      for (const images of [["https://elsewhere.example/honey.jpg"], ["/static/../secrets"]]) {
        expect(await failure(api.post(path, { images }, member))).toMatchObject({
          status: 400,
          message: expect.stringContaining("images"),
        })
      }
    })

    it("changes each variant's yuan price and its stock at the cooperative's own location", async () => {
      const member = await memberOf(honeyHive)
      const { product } = (await api.post("/cooperative/products", newListing, member)).data
      const variant = product.variants[0]
      expect(variant).toMatchObject({
        sku: "JT-ACACIA-250",
        price: 45.5,
        stocked_quantity: 30,
        available_quantity: 30,
      })

      const inventory = `/cooperative/products/${product.id}/inventory`
      const changed = (
        await api.post(inventory, { variants: [{ id: variant.id, price: 52, stock: 12 }] }, member)
      ).data.product
      expect(changed.variants[0]).toMatchObject({ price: 52, stocked_quantity: 12, available_quantity: 12 })
      const listed = (await api.get("/cooperative/products", member)).data.products
      expect(listed.find((p: { id: string }) => p.id === product.id).variants[0]).toMatchObject({
        price: 52,
        stocked_quantity: 12,
      })

      const { regions } = (await api.get("/store/regions", market.store)).data
      const fields = "id,*variants.calculated_price"
      const shop = (
        await api.get(
          `/store/products?handle=${product.handle}&region_id=${regions[0].id}&fields=${fields}`,
          market.store
        )
      ).data.products[0]
      expect(shop.variants[0].calculated_price.calculated_amount).toBe(52)

      // Two are ordered: stock can no longer drop below them, and only ten are left to sell.
      await placeOrder(api, market.store, [{ variant_id: variant.id, quantity: 2 }])
      const afterOrder = (await api.get(`/cooperative/products/${product.id}`, member)).data.product
      expect(afterOrder.variants[0]).toMatchObject({
        stocked_quantity: 12,
        reserved_quantity: 2,
        available_quantity: 10,
      })
      expect(
        await failure(api.post(inventory, { variants: [{ id: variant.id, stock: 1 }] }, member))
      ).toMatchObject({
        status: 400,
        message: expect.stringContaining("stock"),
      })
    })

    it("keeps price and stock changes to the member's own listings, and names the bad field", async () => {
      const member = await memberOf(honeyHive)
      const own = (await api.get("/cooperative/products", member)).data.products[0]
      const theirs = (await api.get("/cooperative/products", await memberOf(embroidery))).data.products[0]
      const change = (productId: string, variants: object[]) =>
        failure(api.post(`/cooperative/products/${productId}/inventory`, { variants }, member))
      expect((await change(theirs.id, [{ id: theirs.variants[0].id, stock: 99 }])).status).toBe(404)
      expect((await change(own.id, [{ id: theirs.variants[0].id, stock: 99 }])).status).toBe(404)
      const variant = own.variants[0].id
      for (const [variants, field] of [
        [[{ id: variant, price: 1.234 }], "price"],
        [[{ id: variant, stock: -1 }], "stock"],
        [[{ id: variant, stock: 2.5 }], "stock"],
        [[{ id: variant }], "variants"],
        [[], "variants"],
      ] as const) {
        expect(await change(own.id, [...variants])).toMatchObject({
          status: 400,
          message: expect.stringContaining(field),
        })
      }
      const unchanged = (await api.get(`/cooperative/products/${theirs.id}`, await memberOf(embroidery))).data
        .product
      expect(unchanged.variants[0].stocked_quantity).toBe(theirs.variants[0].stocked_quantity)
    })
  },
})
