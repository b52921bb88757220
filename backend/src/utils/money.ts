import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** How many minor digits a currency has (CNY 2, JPY 0), from the platform's own currency data. */
export function minorDigits(currencyCode: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  )
}

/** A Medusa amount in major units to integer minor units, rounded half up; no float arithmetic. */
export function toMinor(amount: BigNumberInput, digits: number): number {
  const roundHalfUp = 4 // bignumber.js rounding mode
  return MathBN.convert(amount).shiftedBy(digits).integerValue(roundHalfUp).toNumber()
}

/** Integer minor units back to an exact major-unit decimal string ("-12.50"). */
export function toMajor(minor: number, digits: number): string {
  const sign = minor < 0 ? "-" : ""
  const text = String(Math.abs(minor)).padStart(digits + 1, "0")
  return digits ? `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}` : `${sign}${text}`
}

/** Splits an amount over weights in whole minor units (integer maths); the largest remainders get the spare units. */
export function allocate(total: number, weights: number[]): number[] {
  const sum = BigInt(weights.reduce((a, b) => a + Math.max(b, 0), 0))
  if (sum <= 0n || total <= 0) {
    return weights.map(() => 0)
  }
  const parts = weights.map((weight, index) => {
    const product = BigInt(total) * BigInt(Math.max(weight, 0))
    return { index, share: product / sum, rest: product % sum }
  })
  let spare = BigInt(total) - parts.reduce((a, part) => a + part.share, 0n)
  for (const part of [...parts].sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : 0))) {
    if (spare <= 0n) break
    part.share += 1n
    spare -= 1n
  }
  return parts.map((part) => Number(part.share))
}
