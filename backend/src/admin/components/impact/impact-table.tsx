import { Table } from "@medusajs/ui"
import { formatCount, formatMoney } from "../../lib/format"
import type { ImpactFigures, ImpactRow } from "../../lib/impact"

type ImpactTableProps = {
  groupLabel: string
  rows: ImpactRow[]
  totals: ImpactFigures
}

const numeric = "text-right tabular-nums"

function Figures({ figures }: { figures: ImpactFigures }) {
  return (
    <>
      <Table.Cell className={numeric}>{formatMoney(figures.gross)}</Table.Cell>
      <Table.Cell className={figures.reversals > 0 ? `${numeric} text-ui-fg-error` : numeric}>
        {figures.reversals > 0 ? `−${formatMoney(figures.reversals)}` : formatMoney(0)}
      </Table.Cell>
      <Table.Cell className={`${numeric} font-medium`}>{formatMoney(figures.net)}</Table.Cell>
      <Table.Cell className={numeric}>{formatCount(figures.orders)}</Table.Cell>
      <Table.Cell className={numeric}>{formatCount(figures.items)}</Table.Cell>
      <Table.Cell className={numeric}>{formatCount(figures.buyers)}</Table.Cell>
      <Table.Cell className={numeric}>{formatCount(figures.households)}</Table.Cell>
    </>
  )
}

/** One row per group of the chosen grouping, and the period's totals at the foot. */
export function ImpactTable({ groupLabel, rows, totals }: ImpactTableProps) {
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{groupLabel}</Table.HeaderCell>
            <Table.HeaderCell className={numeric}>销售额 / Gross</Table.HeaderCell>
            <Table.HeaderCell className={numeric}>退款/取消 / Reversals</Table.HeaderCell>
            <Table.HeaderCell className={numeric}>净额 / Net</Table.HeaderCell>
            <Table.HeaderCell className={numeric}>订单 / Orders</Table.HeaderCell>
            <Table.HeaderCell className={numeric}>件数 / Items</Table.HeaderCell>
            <Table.HeaderCell className={numeric}>买家 / Buyers</Table.HeaderCell>
            <Table.HeaderCell className={numeric}>带动农户 / Households</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.Cell>{row.label}</Table.Cell>
              <Figures figures={row} />
            </Table.Row>
          ))}
          <Table.Row className="bg-ui-bg-subtle font-medium">
            <Table.Cell>合计 / Total</Table.Cell>
            <Figures figures={totals} />
          </Table.Row>
        </Table.Body>
      </Table>
    </div>
  )
}
