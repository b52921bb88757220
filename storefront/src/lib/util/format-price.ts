// zh-CN for every UI locale: the market sells in yuan, and "¥68.00" reads right in both languages
// (the en locale would print "CN¥68.00").
const PRICE_LOCALE = "zh-CN"

const formatters = new Map<string, Intl.NumberFormat>()

function formatterFor(currencyCode: string): Intl.NumberFormat {
  const currency = currencyCode.toUpperCase()
  let formatter = formatters.get(currency)
  if (!formatter) {
    formatter = new Intl.NumberFormat(PRICE_LOCALE, {
      style: "currency",
      currency,
    })
    formatters.set(currency, formatter)
  }
  return formatter
}

/** Formats an amount in major units as Medusa returns it (68 → "¥68.00"); no arithmetic on the amount. */
export function formatPrice(amount: number, currencyCode: string): string {
  return formatterFor(currencyCode).format(amount)
}
