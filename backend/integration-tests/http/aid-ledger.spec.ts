import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { placeOrder } from "../helpers/checkout"
import { useLedgerMarket } from "../helpers/ledger-market"
import { failure } from "../helpers/http"
import { netOf, shanghaiToday, type Entry } from "../helpers/ledger-client"

// Through Node's require, so the test runs the very workflow Medusa registered.
const { syncOrderLedgerWorkflow } = createRequire(__filename)(
  "../../src/workflows/aid-ledger/sync-order-ledger"
) as typeof import("../../src/workflows/aid-ledger/sync-order-ledger")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const { market, twoRegionOrder, ledgerOf, settledLedger, report, paymentOf, registerCustomer } =
      useLedgerMarket(api, getContainer)
    const today = shanghaiToday
    const net = netOf

    it("an order of goods from two regions writes one sale entry per line with its place frozen in", async () => {
      const { order } = await placeOrder(api, market.store, [
        { variant_id: market.honey, quantity: 2 },
        { variant_id: market.bag, quantity: 1 },
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
      const { products } = (
        await api.get("/admin/products?handle=honghe-hani-shoulder-bag&fields=id", market.admin)
      ).data
      await api.post(
        `/admin/aid/products/${products[0].id}/cooperative`,
        { cooperative_id: null },
        market.admin
      )
      const { order } = await placeOrder(api, market.store, [
        { variant_id: market.honey, quantity: 1 },
        { variant_id: market.bag, quantity: 1 },
      ])
      const entries = await settledLedger(order.id, 1)
      expect(entries.map((entry) => [entry.kind, entry.county_name, entry.amount])).toEqual([
        ["sale", "景泰县", 68],
      ])
    })

    it("a canceled order writes cancel entries that bring each line back to zero", async () => {
      const { order } = await twoRegionOrder()
      await api.post(`/admin/orders/${order.id}/cancel`, {}, market.admin)
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
      await api.post(`/admin/payments/${payment.id}/capture`, {}, market.admin)
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 100 }, market.admin)
      const entries = await settledLedger(order.id, 4)
      const refunds = entries.filter((entry) => entry.kind === "refund")
      // ¥100 back on an order of ¥136 market.honey and ¥168 market.bag: split 136:168 in whole fen.
      expect(refunds.map((entry) => [entry.county_name, entry.amount]).sort()).toEqual([
        ["景泰县", -44.74],
        ["红河县", -55.26],
      ])
      expect(net(entries)).toBe(204)

      // Refunding the rest, and then some, stops at zero.
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 204 }, market.admin)
      const after = await settledLedger(order.id, 6)
      expect(net(after)).toBe(0)
      const { rows } = await report(`group_by=county&from=${today()}&to=${today()}`)
      expect(rows.map((row: { label: string; net: number }) => [row.label, row.net]).sort()).toEqual([
        ["景泰县", 0],
        ["红河县", 0],
      ])
    })

    it("a received return writes a return entry for the units sent back", async () => {
      const { order } = await twoRegionOrder()
      const { order: detail } = (await api.get(`/admin/orders/${order.id}?fields=id,*items`, market.admin))
        .data
      const honeyLine = detail.items.find((item: { variant_id: string }) => item.variant_id === market.honey)
      const { reservations } = (
        await api.get(`/admin/reservations?line_item_id=${honeyLine.id}`, market.admin)
      ).data
      const location_id = reservations[0].location_id
      await api.post(
        `/admin/orders/${order.id}/fulfillments`,
        { items: [{ id: honeyLine.id, quantity: 2 }], location_id },
        market.admin
      )
      const { return: started } = (
        await api.post("/admin/returns", { order_id: order.id, location_id }, market.admin)
      ).data
      const back = { items: [{ id: honeyLine.id, quantity: 1 }] }
      await api.post(`/admin/returns/${started.id}/request-items`, back, market.admin)
      await api.post(`/admin/returns/${started.id}/request`, {}, market.admin)
      await api.post(`/admin/returns/${started.id}/receive`, {}, market.admin)
      await api.post(`/admin/returns/${started.id}/receive-items`, back, market.admin)
      await api.post(`/admin/returns/${started.id}/receive/confirm`, {}, market.admin)

      const entries = await settledLedger(order.id, 3)
      const returned = entries.filter((entry) => entry.kind === "return")
      expect(returned.map((entry) => [entry.county_name, entry.quantity, entry.amount])).toEqual([
        ["景泰县", -1, -68],
      ])
      expect(net(entries)).toBe(236)
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
      await api.post(`/admin/orders/${second.order.id}/cancel`, {}, market.admin)
      await settledLedger(second.order.id, 4)
      const strip = (entries: Entry[]) =>
        entries
          .map(({ id: _id, sale_entry_id: _sale, created_at: _c, updated_at: _u, ...rest }) => rest)
          .sort((a, b) => `${a.line_item_id}${a.kind}`.localeCompare(`${b.line_item_id}${b.kind}`))
      const before = [...strip(await ledgerOf(first.order.id)), ...strip(await ledgerOf(second.order.id))]
      const reportBefore = await report(`group_by=county&from=${today()}&to=${today()}`)

      expect((await api.post("/admin/aid/ledger/reconcile", {}, market.admin)).data).toEqual({
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
      expect((await api.post("/admin/aid/ledger/reconcile", {}, market.admin)).data).toEqual({
        checked: 2,
        repaired: 4,
      })
      const after = [...strip(await ledgerOf(first.order.id)), ...strip(await ledgerOf(second.order.id))]
      expect(after).toEqual(before)
      expect(await report(`group_by=county&from=${today()}&to=${today()}`)).toEqual(reportBefore)
    })

    it("shows the public counter, an order's aid to its buyer only, and a customer's own impact", async () => {
      const customer = await registerCustomer("buyer@heartlink.test")
      const { order } = await twoRegionOrder({
        email: "buyer@heartlink.test",
        auth: customer.headers.authorization,
      })
      const guest = await twoRegionOrder({ email: "guest@heartlink.test" })

      const counter = (await api.get("/store/aid/impact", market.store)).data
      expect(counter.totals).toEqual({ gross: 608, net: 608, orders: 2, items: 6, households: 211 })
      expect(counter.provinces.map((p: { name: string; net: number }) => [p.name, p.net])).toEqual([
        ["云南省", 336],
        ["甘肃省", 272],
      ])
      expect(counter.counties.map((c: { name: string }) => c.name)).toEqual(["红河县", "景泰县"])
      expect(JSON.stringify(counter)).not.toContain("buyers")

      const mine = await api.get(`/store/aid/orders/${order.id}`, {
        headers: { ...market.store.headers, ...customer.headers },
      })
      expect(mine.data.net).toBe(304)
      expect(mine.data.contributions.map((c: { county_name: string }) => c.county_name).sort()).toEqual([
        "景泰县",
        "红河县",
      ])
      const asGuest = await api.get(
        `/store/aid/orders/${guest.order.id}?cart_id=${guest.cartId}`,
        market.store
      )
      expect(asGuest.data.contributions).toHaveLength(2)
      expect((await failure(api.get(`/store/aid/orders/${guest.order.id}`, market.store))).status).toBe(404)
      expect(
        (
          await failure(
            api.get(`/store/aid/orders/${guest.order.id}?cart_id=cart_someone_else`, market.store)
          )
        ).status
      ).toBe(404)
      const other = await registerCustomer("other@heartlink.test")
      expect(
        (
          await failure(
            api.get(`/store/aid/orders/${order.id}`, {
              headers: { ...market.store.headers, ...other.headers },
            })
          )
        ).status
      ).toBe(404)

      const impact = (
        await api.get("/store/customers/me/aid", {
          headers: { ...market.store.headers, ...customer.headers },
        })
      ).data
      expect(impact.totals).toEqual({ net: 304, orders: 1, items: 3, counties: 2 })
      expect(impact.regions.map((r: { county_name: string; net: number }) => [r.county_name, r.net])).toEqual(
        [
          ["红河县", 168],
          ["景泰县", 136],
        ]
      )
      expect((await failure(api.get("/store/customers/me/aid", market.store))).status).toBe(401)
    })
  },
})
