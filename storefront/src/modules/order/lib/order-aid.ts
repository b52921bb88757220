import type { Locale } from "@/i18n/config"
import type { AidContribution } from "@/lib/data/aid-types"
import type { LineProduct } from "@/lib/data/line-products"
import { formatPrice } from "@/lib/util/format-price"
import { sumMajorUnits } from "@/lib/util/money"
import { toCartLineModel, type CartLineSource } from "@/modules/cart/lib/line-model"

export type OrderLineModel = {
  id: string
  title: string
  variant: string | null
  quantity: number
  total: string
  /** What the ledger recorded for this line; null for goods that are not aid (or not recorded yet). */
  aid: { county: string; cooperative: string; amount: string; reversed: boolean } | null
}

export type OrderAidModel = {
  lines: OrderLineModel[]
  counties: { id: string; name: string; amount: string }[]
  /** False while a line of a cooperative's product still waits for its ledger entry. */
  recorded: boolean
  net: string
}

type Names = { county: string; cooperative: string }

/** The snapshot's Chinese names, or the cooperative's English ones when it is still the same cooperative. */
function namesFor(entry: AidContribution, product: LineProduct | undefined, locale: Locale): Names {
  const cooperative = product?.cooperative
  if (locale === "en" && cooperative?.id === entry.cooperative_id) {
    return {
      county: cooperative.county?.name_en || entry.county_name,
      cooperative: cooperative.name_en || entry.cooperative_name,
    }
  }
  return { county: entry.county_name, cooperative: entry.cooperative_name }
}

export function toOrderAidModel(
  items: (CartLineSource & { total?: number | null })[],
  contributions: AidContribution[],
  products: Map<string, LineProduct>,
  locale: Locale,
  currencyCode: string
): OrderAidModel {
  const money = (amount: number) => formatPrice(amount, currencyCode)
  const counties = new Map<string, { name: string; amounts: number[] }>()
  let waiting = false
  const lines = items.map((item) => {
    const product = products.get(item.product_id ?? "")
    const base = toCartLineModel(item, product, locale, currencyCode)
    const entries = contributions.filter((entry) => entry.line_item_id === item.id)
    const sale = entries.find((entry) => entry.kind === "sale")
    if (!sale) {
      waiting ||= Boolean(product?.cooperative)
      return { ...base, aid: null }
    }
    const net = sumMajorUnits(entries.map((entry) => entry.amount))
    const names = namesFor(sale, product, locale)
    const county = counties.get(sale.county_id) ?? { name: names.county, amounts: [] }
    county.amounts.push(net)
    counties.set(sale.county_id, county)
    return { ...base, aid: { ...names, amount: money(net), reversed: entries.length > 1 } }
  })
  return {
    lines: lines.map(({ id, title, variant, quantity, total, aid }) => ({
      id,
      title,
      variant,
      quantity,
      total,
      aid,
    })),
    // The county helped most comes first; the order's own line order is not stable.
    counties: [...counties]
      .map(([id, county]) => ({ id, name: county.name, net: sumMajorUnits(county.amounts) }))
      .sort((a, b) => b.net - a.net || a.name.localeCompare(b.name, "zh-CN"))
      .map(({ id, name, net }) => ({ id, name, amount: money(net) })),
    recorded: !waiting,
    net: money(sumMajorUnits(contributions.map((entry) => entry.amount))),
  }
}
