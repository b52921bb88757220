const money = new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY" })
const count = new Intl.NumberFormat("zh-CN")
// Certificates and ledger dates are meant in China Standard Time whatever the browser's zone.
const day = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium" })
const moment = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  dateStyle: "medium",
  timeStyle: "short",
})

/** ¥1,280.50 for an amount in major units (yuan). */
export const formatMoney = (amount: number) => money.format(amount)

export const formatCount = (value: number) => count.format(value)

export const formatDay = (iso: string) => day.format(new Date(iso))

export const formatMoment = (iso: string) => moment.format(new Date(iso))

// en-CA writes dates as YYYY-MM-DD, the form <input type="date"> and the report's query take.
const shanghaiIsoDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" })

/** YYYY-MM-DD of the day a moment falls on in China, as the report counts days, whatever the browser's zone. */
export const isoDay = (date: Date) => shanghaiIsoDay.format(date)

/** Sums major-unit amounts in fen so that 0.1 + 0.2 stays 0.3. */
export function sumMoney(amounts: number[]) {
  return amounts.reduce((total, amount) => total + Math.round(amount * 100), 0) / 100
}
