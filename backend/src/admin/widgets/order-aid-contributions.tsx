import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { EmptyState, ErrorState, LoadingRows } from "../components/query-state"
import { Section } from "../components/section"
import type { Contribution, ContributionKind } from "../lib/aid-types"
import { formatCount, formatMoney, sumMoney } from "../lib/format"
import { retryUnlessClientError } from "../lib/errors"
import { sdk } from "../lib/sdk"

const kinds: Record<ContributionKind, { label: string; color: "green" | "orange" | "red" | "grey" }> = {
  sale: { label: "销售 / Sale", color: "green" },
  refund: { label: "退款 / Refund", color: "orange" },
  return: { label: "退货 / Return", color: "orange" },
  cancel: { label: "取消 / Cancel", color: "red" },
}

const kindOrder: Record<ContributionKind, number> = { sale: 0, refund: 1, return: 2, cancel: 3 }

type LedgerPage = { contributions: Contribution[]; count: number; limit: number; offset: number }

/** Which cooperatives and counties this order helped, from the aid ledger, and its net. */
const OrderAidContributionsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const ledger = useQuery({
    queryKey: ["aid-ledger", order.id],
    retry: retryUnlessClientError,
    queryFn: () =>
      sdk.client.fetch<LedgerPage>("/admin/aid/ledger", {
        query: { order_id: order.id, limit: 200, offset: 0 },
      }),
  })
  // Oldest first, so each sale reads before what reversed it (the API answers newest first).
  const entries = [...(ledger.data?.contributions ?? [])].sort((a, b) =>
    a.occurred_at === b.occurred_at
      ? kindOrder[a.kind] - kindOrder[b.kind]
      : a.occurred_at < b.occurred_at
        ? -1
        : 1
  )
  const net = sumMoney(entries.map((entry) => entry.amount))

  return (
    <Section
      title="本单帮扶贡献 / Aid contributions of this order"
      actions={
        entries.length ? (
          <Text size="small" weight="plus">
            净额 / Net {formatMoney(net)}
          </Text>
        ) : null
      }
    >
      {ledger.isPending ? (
        <LoadingRows rows={2} />
      ) : ledger.isError ? (
        <ErrorState error={ledger.error} />
      ) : entries.length === 0 ? (
        <EmptyState message="本单没有合作社商品 / No cooperative goods in this order" />
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="whitespace-nowrap">类型 / Kind</Table.HeaderCell>
                <Table.HeaderCell>产品 / Product</Table.HeaderCell>
                <Table.HeaderCell>合作社 / Cooperative</Table.HeaderCell>
                <Table.HeaderCell className="whitespace-nowrap text-right">数量 / Qty</Table.HeaderCell>
                <Table.HeaderCell className="whitespace-nowrap text-right">金额 / Amount</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {entries.map((entry) => (
                <Table.Row key={entry.id}>
                  <Table.Cell>
                    <Badge size="2xsmall" color={kinds[entry.kind].color} className="whitespace-nowrap">
                      {kinds[entry.kind].label}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <Text size="small">{entry.product_title}</Text>
                    {entry.certified ? (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        认定 / Certified {entry.certificate_number ?? ""}
                      </Text>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <Text size="small">{entry.cooperative_name}</Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {entry.county_name}
                    </Text>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatCount(entry.quantity)}</Table.Cell>
                  <Table.Cell
                    className={`whitespace-nowrap text-right tabular-nums ${entry.amount < 0 ? "text-ui-fg-error" : ""}`}
                  >
                    {formatMoney(entry.amount)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Section>
  )
}

// "order.details" is the 2.21 name of the zone: widgets go at its end, where "order.details.after" put them.
export const config = defineWidgetConfig({ zone: "order.details" })

export default OrderAidContributionsWidget
