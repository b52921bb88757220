import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { formatCount, formatMoney } from "../../lib/format"
import type { ImpactFigures } from "../../lib/impact"

const figures: { key: keyof ImpactFigures; label: string; money: boolean }[] = [
  { key: "gross", label: "销售额 / Gross", money: true },
  { key: "reversals", label: "退款/取消 / Reversals", money: true },
  { key: "net", label: "净额 / Net", money: true },
  { key: "orders", label: "订单 / Orders", money: false },
  { key: "items", label: "件数 / Items", money: false },
  { key: "buyers", label: "买家 / Buyers", money: false },
  { key: "households", label: "带动农户 / Households", money: false },
]

/** The headline figures of the period; skeleton tiles while the first report loads. */
export function ImpactTotals({ totals }: { totals: ImpactFigures | undefined }) {
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-7">
      {figures.map(({ key, label, money }) => (
        <Container key={key} className="flex flex-col gap-y-1 px-4 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {label}
          </Text>
          {totals ? (
            <Heading
              level="h2"
              className={key === "reversals" && totals.reversals > 0 ? "text-ui-fg-error" : undefined}
            >
              {key === "reversals" && totals.reversals > 0 ? "−" : ""}
              {money ? formatMoney(totals[key]) : formatCount(totals[key])}
            </Heading>
          ) : (
            <Skeleton className="h-7 w-24" />
          )}
        </Container>
      ))}
    </div>
  )
}
