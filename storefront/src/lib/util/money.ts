/**
 * Adds amounts given in major units (as Medusa's APIs answer) exactly: in whole fen, never as floats.
 * 0.1 + 0.2 stays 0.3.
 */
export function sumMajorUnits(amounts: number[]): number {
  const fen = amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0)
  return fen / 100
}
