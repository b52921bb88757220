import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import { formatMoney } from "../../lib/format"
import type { ImpactRow } from "../../lib/impact"

type MonthPoint = { month: string; net: number; gross: number }

/** Every month from `from` to `to`, so a month without sales shows as zero instead of vanishing. */
export function monthlySeries(rows: ImpactRow[], from: string, to: string): MonthPoint[] {
  const byMonth = new Map(rows.map((row) => [row.key, row]))
  const first = /^\d{4}-\d{2}/.exec(from)?.[0]
  const last = /^\d{4}-\d{2}/.exec(to)?.[0]
  const months: string[] = []
  if (first && last && first <= last) {
    let [year, month] = first.split("-").map(Number) as [number, number]
    // Capped at ten years so a mistyped year cannot build thousands of bars.
    while (months.length < 120) {
      const key = `${year}-${String(month).padStart(2, "0")}`
      months.push(key)
      if (key >= last) break
      month = month === 12 ? 1 : month + 1
      year = month === 1 ? year + 1 : year
    }
  }
  const keys = months.length ? months : rows.map((row) => row.key).sort()
  return keys.map((month) => {
    const row = byMonth.get(month)
    return { month, net: row?.net ?? 0, gross: row?.gross ?? 0 }
  })
}

const yuan = (value: number) => formatMoney(value).replace(/\.00$/, "")
const seriesLabel = (name: string) => (name === "net" ? "净额 / Net" : "销售额 / Gross")

/** Net per month as bars, gross as a line above them. */
export function ImpactChart({ points }: { points: MonthPoint[] }) {
  return (
    <div className="h-72 w-full px-2 py-4">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 24, bottom: 0, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#E4E4E7" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 12, fill: "#71717A" }} tickLine={false} />
          <YAxis tickFormatter={yuan} tick={{ fontSize: 12, fill: "#71717A" }} width={88} tickLine={false} />
          <Tooltip
            formatter={(value: number, name: string) => [formatMoney(value), seriesLabel(name)]}
            labelFormatter={(month: string) => `月份 / Month ${month}`}
          />
          <Legend formatter={seriesLabel} iconSize={10} wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="net" fill="#3B82F6" radius={[4, 4, 0, 0]} maxBarSize={48} />
          <Line dataKey="gross" stroke="#A1A1AA" strokeDasharray="4 4" dot={false} type="linear" />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
