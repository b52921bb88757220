import type { MedusaSuiteOptions } from "@medusajs/test-utils"

type Api = MedusaSuiteOptions["api"]
type Headers = { headers: Record<string, string> }
export type Entry = {
  kind: string
  line_item_id: string
  amount: number
  quantity: number
  county_name: string
} & Record<string, unknown>

/** Staff and buyer calls the ledger tests make; headers are read late because they are made in beforeAll. */
export function ledgerClient(api: Api, headers: () => { admin: Headers; store: Headers }) {
  const ledgerOf = async (orderId: string): Promise<Entry[]> =>
    (await api.get(`/admin/aid/ledger?order_id=${orderId}&limit=100`, headers().admin)).data.contributions

  // Subscribers run after the response; wait until the ledger holds `count` entries for the order.
  const settledLedger = async (orderId: string, count: number) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const entries = await ledgerOf(orderId)
      if (entries.length >= count) return entries
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return ledgerOf(orderId)
  }

  const report = async (query: string) => (await api.get(`/admin/aid/impact?${query}`, headers().admin)).data

  const paymentOf = async (orderId: string) =>
    (await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections.payments`, headers().admin)).data
      .order.payment_collections[0].payments[0]

  const registerCustomer = async (email: string) => {
    const password = "heartlink-test"
    const { token } = (await api.post("/auth/customer/emailpass/register", { email, password })).data
    await api.post(
      "/store/customers",
      { email, first_name: "测试" },
      { headers: { ...headers().store.headers, authorization: `Bearer ${token}` } }
    )
    const login = (await api.post("/auth/customer/emailpass", { email, password })).data
    return { headers: { authorization: `Bearer ${login.token}` } }
  }

  return { ledgerOf, settledLedger, report, paymentOf, registerCustomer }
}

/** Today's date in Asia/Shanghai, as the reports count days. */
export const shanghaiToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date())

/** The sum of entry amounts, in fen to stay exact. */
export const netOf = (entries: Entry[]) =>
  entries.reduce((sum, entry) => sum + Math.round(entry.amount * 100), 0) / 100
