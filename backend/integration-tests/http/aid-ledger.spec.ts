import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { adminHeaders } from "../helpers/auth"
import { placeOrder, seedMarket, variantOf } from "../helpers/checkout"
import { saleEntry } from "../helpers/ledger-fixtures"

// Through Node's require, so the test runs the very workflow Medusa registered.
const { syncOrderLedgerWorkflow } = createRequire(__filename)(
  "../../src/workflows/aid-ledger/sync-order-ledger"
) as typeof import("../../src/workflows/aid-ledger/sync-order-ledger")

type Headers = { headers: Record<string, string> }
type Entry = {
  kind: string
  line_item_id: string
  amount: number
  quantity: number
  county_name: string
} & Record<string, unknown>

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: Headers
    let admin: Headers
    let honey: string
    let bag: string

    // Seeded once before the runner's snapshot; every test starts from this market with no orders.
    beforeAll(async () => {
      const container: MedusaContainer = getContainer()
      store = await seedMarket(container)
      admin = await adminHeaders(container)
      honey = await variantOf(api, store, "jingtai-wildflower-honey", "500克")
      bag = await variantOf(api, store, "honghe-hani-shoulder-bag")
    })

    const ledgerOf = async (orderId: string): Promise<Entry[]> =>
      (await api.get(`/admin/aid/ledger?order_id=${orderId}&limit=100`, admin)).data.contributions

    // Subscribers run after the response; wait until the ledger holds `count` entries for the order.
    const settledLedger = async (orderId: string, count: number) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const entries = await ledgerOf(orderId)
        if (entries.length >= count) return entries
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return ledgerOf(orderId)
    }

    const report = async (query: string) => (await api.get(`/admin/aid/impact?${query}`, admin)).data
    const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date())
    const twoRegionOrder = async (options: { email?: string; auth?: string } = {}) => {
      const placed = await placeOrder(
        api,
        store,
        [
          { variant_id: honey, quantity: 2 },
          { variant_id: bag, quantity: 1 },
        ],
        options
      )
      await settledLedger(placed.order.id, 2)
      return placed
    }
    const paymentOf = async (orderId: string) =>
      (await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections.payments`, admin)).data.order
        .payment_collections[0].payments[0]
    const failure = async (request: Promise<unknown>) => {
      try {
        await request
      } catch (error) {
        const { response } = error as { response: { status: number; data: { message: string } } }
        return { status: response.status, message: response.data.message }
      }
      throw new Error("expected the request to fail")
    }
    const registerCustomer = async (email: string) => {
      const password = "heartlink-test"
      const { token } = (await api.post("/auth/customer/emailpass/register", { email, password })).data
      await api.post(
        "/store/customers",
        { email, first_name: "测试" },
        { headers: { ...store.headers, authorization: `Bearer ${token}` } }
      )
      const login = (await api.post("/auth/customer/emailpass", { email, password })).data
      return { headers: { authorization: `Bearer ${login.token}` } }
    }
    const net = (entries: Entry[]) =>
      entries.reduce((sum, entry) => sum + Math.round(entry.amount * 100), 0) / 100
    it("an order of goods from two regions writes one sale entry per line with its place frozen in", async () => {
      const { order } = await placeOrder(api, store, [
        { variant_id: honey, quantity: 2 },
        { variant_id: bag, quantity: 1 },
      ])
      const entries = await settledLedger(order.id, 2)
      expect(entries).toHaveLength(2)
      const byCounty = Object.fromEntries(entries.map((entry) => [entry.county_name, entry]))
      expect(byCounty["景泰县"]).toMatchObject({
        kind: "sale",
        quantity: 2,
        amount: 136,
        currency_code: "cny",
        cooperative_name: "景泰县五佛乡蜜蜂养殖合作社",
        prefecture_name: "白银市",
        province_name: "甘肃省",
        certified: true,
        certificate_number: "XFBF-GS-2025-0107",
      })
      expect(byCounty["红河县"]).toMatchObject({
        kind: "sale",
        quantity: 1,
        amount: 168,
        province_name: "云南省",
      })
      expect((byCounty["景泰县"]?.pairings as { donor_name: string }[]).map((p) => p.donor_name)).toEqual([
        "天津市西青区",
      ])
    })

    it("goods with no cooperative are not aid: their lines write nothing", async () => {
      const { products } = (await api.get("/admin/products?handle=honghe-hani-shoulder-bag&fields=id", admin))
        .data
      await api.post(`/admin/aid/products/${products[0].id}/cooperative`, { cooperative_id: null }, admin)
      const { order } = await placeOrder(api, store, [
        { variant_id: honey, quantity: 1 },
        { variant_id: bag, quantity: 1 },
      ])
      const entries = await settledLedger(order.id, 1)
      expect(entries.map((entry) => [entry.kind, entry.county_name, entry.amount])).toEqual([
        ["sale", "景泰县", 68],
      ])
    })

    it("a canceled order writes cancel entries that bring each line back to zero", async () => {
      const { order } = await twoRegionOrder()
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      const entries = await settledLedger(order.id, 4)
      const cancels = entries.filter((entry) => entry.kind === "cancel")
      expect(cancels.map((entry) => [entry.county_name, entry.quantity, entry.amount]).sort()).toEqual([
        ["景泰县", -2, -136],
        ["红河县", -1, -168],
      ])
      expect(net(entries)).toBe(0)
      const { totals } = await report(`group_by=county&from=${today()}&to=${today()}`)
      expect(totals).toMatchObject({ gross: 304, reversals: 304, net: 0, orders: 1 })
    })

    it("a partial refund writes negative entries split over the lines, never below zero", async () => {
      const { order } = await twoRegionOrder()
      const payment = await paymentOf(order.id)
      await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 100 }, admin)
      const entries = await settledLedger(order.id, 4)
      const refunds = entries.filter((entry) => entry.kind === "refund")
      // ¥100 back on an order of ¥136 honey and ¥168 bag: split 136:168 in whole fen.
      expect(refunds.map((entry) => [entry.county_name, entry.amount]).sort()).toEqual([
        ["景泰县", -44.74],
        ["红河县", -55.26],
      ])
      expect(net(entries)).toBe(204)

      // Refunding the rest, and then some, stops at zero.
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 204 }, admin)
      const after = await settledLedger(order.id, 6)
      expect(net(after)).toBe(0)
      const { rows } = await report(`group_by=county&from=${today()}&to=${today()}`)
      expect(rows.map((row: { label: string; net: number }) => [row.label, row.net]).sort()).toEqual([
        ["景泰县", 0],
        ["红河县", 0],
      ])
    })

    it("the same event handled twice, or five times at once, writes each entry once", async () => {
      const { order } = await twoRegionOrder()
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      await eventBus.emit({ name: "order.placed", data: { id: order.id } })
      await eventBus.emit({ name: "order.placed", data: { id: order.id } })
      const sync = () => syncOrderLedgerWorkflow(getContainer()).run({ input: { order_id: order.id } })
      const runs = await Promise.all([sync(), sync(), sync(), sync(), sync()])
      expect(runs.map((run) => run.result.written)).toEqual([0, 0, 0, 0, 0])

      // Even with the entries gone, five concurrent runs write them back exactly once.
      await dbConnection.raw(`delete from aid_contribution where order_id = ?`, [order.id])
      const rewritten = await Promise.all([sync(), sync(), sync(), sync(), sync()])
      expect(rewritten.map((run) => run.result.written).sort()).toEqual([0, 0, 0, 0, 2])
      expect(await ledgerOf(order.id)).toHaveLength(2)
    })

    it("reconciliation restores entries deleted by hand exactly, and reports what it fixed", async () => {
      const first = await twoRegionOrder()
      const second = await twoRegionOrder({ email: "second@heartlink.test" })
      await api.post(`/admin/orders/${second.order.id}/cancel`, {}, admin)
      await settledLedger(second.order.id, 4)
      const strip = (entries: Entry[]) =>
        entries
          .map(({ id: _id, sale_entry_id: _sale, created_at: _c, updated_at: _u, ...rest }) => rest)
          .sort((a, b) => `${a.line_item_id}${a.kind}`.localeCompare(`${b.line_item_id}${b.kind}`))
      const before = [...strip(await ledgerOf(first.order.id)), ...strip(await ledgerOf(second.order.id))]
      const reportBefore = await report(`group_by=county&from=${today()}&to=${today()}`)

      expect((await api.post("/admin/aid/ledger/reconcile", {}, admin)).data).toEqual({
        checked: 2,
        repaired: 0,
      })
      await dbConnection.raw(
        `delete from aid_contribution where order_id = ? or (order_id = ? and kind = 'cancel')`,
        [first.order.id, second.order.id]
      )
      expect((await report(`group_by=county&from=${today()}&to=${today()}`)).totals).toMatchObject({
        gross: 304,
        reversals: 0,
      })
      expect((await api.post("/admin/aid/ledger/reconcile", {}, admin)).data).toEqual({
        checked: 2,
        repaired: 4,
      })
      const after = [...strip(await ledgerOf(first.order.id)), ...strip(await ledgerOf(second.order.id))]
      expect(after).toEqual(before)
      expect(await report(`group_by=county&from=${today()}&to=${today()}`)).toEqual(reportBefore)
    })

    it("reports by every grouping, with orders, items, buyers and households", async () => {
      await twoRegionOrder({ email: "a@heartlink.test" })
      await twoRegionOrder({ email: "b@heartlink.test" })
      const range = `from=${today()}&to=${today()}`
      const labels = async (group: string) =>
        (await report(`group_by=${group}&${range}`)).rows.map((row: { label: string; net: number }) => [
          row.label,
          row.net,
        ])
      expect(await labels("province")).toEqual([
        ["云南省", 336],
        ["甘肃省", 272],
      ])
      expect(await labels("prefecture")).toEqual([
        ["红河哈尼族彝族自治州", 336],
        ["白银市", 272],
      ])
      expect(await labels("county")).toEqual([
        ["红河县", 336],
        ["景泰县", 272],
      ])
      expect(await labels("cooperative")).toEqual([
        ["红河县绣娘合作社", 336],
        ["景泰县五佛乡蜜蜂养殖合作社", 272],
      ])
      expect((await labels("product")).map(([, amount]: [string, number]) => amount)).toEqual([336, 272])
      expect(await labels("donor")).toEqual([
        ["上海市长宁区", 336],
        ["天津市西青区", 272],
      ])
      expect(await labels("pairing")).toEqual([
        ["上海市长宁区 ↔ 红河县", 336],
        ["天津市西青区 ↔ 景泰县", 272],
      ])
      const month = await report(`group_by=month&${range}`)
      expect(month.rows.map((row: { key: string }) => row.key)).toEqual([today().slice(0, 7)])
      const { totals, currency_code } = await report(`group_by=county&${range}`)
      expect(currency_code).toBe("cny")
      expect(totals).toMatchObject({ gross: 608, reversals: 0, net: 608, orders: 2, items: 6, buyers: 2 })
      expect(totals.households).toBeGreaterThan(0)
      expect(month.totals).toEqual(totals)
    })

    it("counts days in Asia/Shanghai: 00:30 on 1 January there is still 31 December in UTC", async () => {
      const ledger = getContainer().resolve("aid_ledger")
      await ledger.appendContributions([
        saleEntry({ order_id: "order_eve", occurred_at: "2024-12-31T15:59:59Z", amount: "10.00" }),
        saleEntry({ order_id: "order_newyear", occurred_at: "2024-12-31T16:30:00Z", amount: "20.00" }),
        saleEntry({ order_id: "order_end", occurred_at: "2025-01-31T15:59:00Z", amount: "40.00" }),
        saleEntry({ order_id: "order_feb", occurred_at: "2025-01-31T16:00:00Z", amount: "80.00" }),
      ])
      const net = async (from: string, to: string) => (await report(`from=${from}&to=${to}`)).totals.net
      expect(await net("2024-12-31", "2024-12-31")).toBe(10)
      expect(await net("2025-01-01", "2025-01-01")).toBe(20)
      expect(await net("2025-01-01", "2025-01-31")).toBe(60)
      expect(await net("2025-02-01", "2025-02-28")).toBe(80)
      // One buyer: counted once across the new year, and not at all in a range between their purchases.
      const buyers = async (from: string, to: string) => (await report(`from=${from}&to=${to}`)).totals.buyers
      expect(await buyers("2024-12-31", "2025-01-01")).toBe(1)
      expect(await buyers("2025-01-02", "2025-01-30")).toBe(0)
      expect(await buyers("2025-01-31", "2025-01-31")).toBe(1)
      expect(await buyers("2025-01-01", "2025-12-31")).toBe(1)
      const months = (await report("group_by=month&from=2024-12-01&to=2025-02-28")).rows
      expect(months.map((row: { key: string; net: number }) => [row.key, row.net])).toEqual([
        ["2024-12", 10],
        ["2025-01", 60],
        ["2025-02", 80],
      ])
    })

    it("certified_only leaves out uncertified goods, also in orders, buyers and households", async () => {
      const ledger = getContainer().resolve("aid_ledger")
      await ledger.appendContributions([
        saleEntry({
          order_id: "order_c1",
          customer_id: "cus_a",
          occurred_at: "2025-03-02T02:00:00Z",
          amount: "100.00",
        }),
        saleEntry({
          order_id: "order_c1",
          customer_id: "cus_a",
          occurred_at: "2025-03-02T02:00:00Z",
          amount: "50.00",
          certified: false,
          certificate_number: null,
          cooperative_id: "coop_fixture_noodles",
          households: 168,
        }),
        saleEntry({
          order_id: "order_c2",
          customer_id: "cus_b",
          occurred_at: "2025-03-03T02:00:00Z",
          amount: "30.00",
          certified: false,
          cooperative_id: "coop_fixture_noodles",
          households: 168,
        }),
      ])
      const range = "from=2025-03-01&to=2025-03-31"
      expect((await report(range)).totals).toEqual({
        gross: 180,
        reversals: 0,
        net: 180,
        orders: 2,
        items: 3,
        buyers: 2,
        households: 294,
      })
      expect((await report(`${range}&certified_only=true`)).totals).toEqual({
        gross: 100,
        reversals: 0,
        net: 100,
        orders: 1,
        items: 1,
        buyers: 1,
        households: 126,
      })
    })

    it("exports the same rows as CSV that Excel opens with the Chinese intact", async () => {
      await twoRegionOrder()
      const query = `group_by=county&from=${today()}&to=${today()}`
      const csv = await api.get(`/admin/aid/impact.csv?${query}`, { ...admin, responseType: "arraybuffer" })
      expect(csv.headers["content-type"]).toContain("text/csv")
      expect(csv.headers["content-disposition"]).toContain(`aid-impact-county-${today()}-${today()}.csv`)
      const bytes = Buffer.from(csv.data as ArrayBuffer)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = bytes.subarray(3).toString("utf8").trim().split(/\r?\n/)
      expect(lines[0]).toBe(
        "编号 Key,名称 Name,销售额 Gross (CNY),退款与取消 Reversals (CNY),净额 Net (CNY),订单 Orders,件数 Items,买家 Buyers,带动农户 Households"
      )
      expect(lines.slice(1).map((line) => line.split(",").slice(1, 5))).toEqual([
        ["红河县", "168.00", "0.00", "168.00"],
        ["景泰县", "136.00", "0.00", "136.00"],
        ["合计 Total", "304.00", "0.00", "304.00"],
      ])
      const viaFormat = await api.get(`/admin/aid/impact?${query}&format=csv`, {
        ...admin,
        responseType: "arraybuffer",
      })
      expect(Buffer.from(viaFormat.data as ArrayBuffer).equals(bytes)).toBe(true)
    })

    it("is for staff only, and names the field of a bad query", async () => {
      const customer = await registerCustomer("nosy@heartlink.test")
      for (const request of [
        api.get("/admin/aid/impact"),
        api.get("/admin/aid/impact.csv"),
        api.get("/admin/aid/ledger"),
        api.post("/admin/aid/ledger/reconcile", {}),
        api.get("/admin/aid/impact", customer),
        api.get("/admin/aid/ledger", customer),
        api.post("/admin/aid/ledger/reconcile", {}, customer),
      ]) {
        expect((await failure(request)).status).toBe(401)
      }
      const bad = async (query: string) => failure(api.get(`/admin/aid/impact?${query}`, admin))
      expect(await bad("group_by=city")).toMatchObject({
        status: 400,
        message: expect.stringContaining("group_by"),
      })
      expect(await bad("from=2025-02-30")).toMatchObject({
        status: 400,
        message: expect.stringContaining("from"),
      })
      expect(await bad("from=2025-03-01&to=2025-01-01")).toMatchObject({
        status: 400,
        message: expect.stringContaining("from must not be after to"),
      })
      expect(await bad("certified_only=maybe")).toMatchObject({
        status: 400,
        message: expect.stringContaining("certified_only"),
      })
      expect(
        await failure(api.post("/admin/aid/ledger/reconcile", { since: "yesterday" }, admin))
      ).toMatchObject({
        status: 400,
        message: expect.stringContaining("since"),
      })
    })

    it("shows the public counter, an order's aid to its buyer only, and a customer's own impact", async () => {
      const customer = await registerCustomer("buyer@heartlink.test")
      const { order } = await twoRegionOrder({
        email: "buyer@heartlink.test",
        auth: customer.headers.authorization,
      })
      const guest = await twoRegionOrder({ email: "guest@heartlink.test" })

      const counter = (await api.get("/store/aid/impact", store)).data
      expect(counter.totals).toEqual({ gross: 608, net: 608, orders: 2, items: 6, households: 211 })
      expect(counter.provinces.map((p: { name: string; net: number }) => [p.name, p.net])).toEqual([
        ["云南省", 336],
        ["甘肃省", 272],
      ])
      expect(counter.counties.map((c: { name: string }) => c.name)).toEqual(["红河县", "景泰县"])
      expect(JSON.stringify(counter)).not.toContain("buyers")

      const mine = await api.get(`/store/aid/orders/${order.id}`, {
        headers: { ...store.headers, ...customer.headers },
      })
      expect(mine.data.net).toBe(304)
      expect(mine.data.contributions.map((c: { county_name: string }) => c.county_name).sort()).toEqual([
        "景泰县",
        "红河县",
      ])
      const asGuest = await api.get(`/store/aid/orders/${guest.order.id}?cart_id=${guest.cartId}`, store)
      expect(asGuest.data.contributions).toHaveLength(2)
      expect((await failure(api.get(`/store/aid/orders/${guest.order.id}`, store))).status).toBe(404)
      expect(
        (await failure(api.get(`/store/aid/orders/${guest.order.id}?cart_id=cart_someone_else`, store)))
          .status
      ).toBe(404)
      const other = await registerCustomer("other@heartlink.test")
      expect(
        (
          await failure(
            api.get(`/store/aid/orders/${order.id}`, { headers: { ...store.headers, ...other.headers } })
          )
        ).status
      ).toBe(404)

      const impact = (
        await api.get("/store/customers/me/aid", { headers: { ...store.headers, ...customer.headers } })
      ).data
      expect(impact.totals).toEqual({ net: 304, orders: 1, items: 3, counties: 2 })
      expect(impact.regions.map((r: { county_name: string; net: number }) => [r.county_name, r.net])).toEqual(
        [
          ["红河县", 168],
          ["景泰县", 136],
        ]
      )
      expect((await failure(api.get("/store/customers/me/aid", store))).status).toBe(401)
    })
  },
})
