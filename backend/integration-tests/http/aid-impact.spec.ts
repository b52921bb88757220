import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { useLedgerMarket } from "../helpers/ledger-market"
import { failure } from "../helpers/http"
import { shanghaiToday } from "../helpers/ledger-client"
import { saleEntry } from "../helpers/ledger-fixtures"

// The staff report: every grouping, Asia/Shanghai days, certified only, CSV, and who may read it.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { market, twoRegionOrder, report, registerCustomer } = useLedgerMarket(api, getContainer)
    const today = shanghaiToday

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
      const csv = await api.get(`/admin/aid/impact.csv?${query}`, {
        ...market.admin,
        responseType: "arraybuffer",
      })
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
        ...market.admin,
        responseType: "arraybuffer",
      })
      expect(Buffer.from(viaFormat.data as ArrayBuffer).equals(bytes)).toBe(true)
    })

    it("is for staff only, and names the field of a bad query", async () => {
      const customer = await registerCustomer("nosy@heartlink.test")
      for (const request of [
        () => api.get("/admin/aid/impact"),
        () => api.get("/admin/aid/impact.csv"),
        () => api.get("/admin/aid/ledger"),
        () => api.post("/admin/aid/ledger/reconcile", {}),
        () => api.get("/admin/aid/impact", customer),
        () => api.get("/admin/aid/ledger", customer),
        () => api.post("/admin/aid/ledger/reconcile", {}, customer),
      ]) {
        expect((await failure(request())).status).toBe(401)
      }
      const bad = async (query: string) => failure(api.get(`/admin/aid/impact?${query}`, market.admin))
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
        await failure(api.post("/admin/aid/ledger/reconcile", { since: "yesterday" }, market.admin))
      ).toMatchObject({
        status: 400,
        message: expect.stringContaining("since"),
      })
    })
  },
})
