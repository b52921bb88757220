import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ArrowPath, ChartBar } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { ImpactChart, monthlySeries } from "../../components/impact/impact-chart"
import { ImpactFiltersBar } from "../../components/impact/impact-filters"
import { ImpactTable } from "../../components/impact/impact-table"
import { ImpactTotals } from "../../components/impact/impact-totals"
import { EmptyState, ErrorState, LoadingRows } from "../../components/query-state"
import { Section } from "../../components/section"
import {
  defaultImpactFilters,
  groupings,
  impactRangeProblem,
  impactSearch,
  useImpactReport,
  useReconcileLedger,
  type ImpactReport,
} from "../../lib/impact"
import { backendHref } from "../../lib/sdk"

const NO_SALES = "该时段没有帮扶销售 / No aid sales in this period"

const hasSales = (report: ImpactReport) => report.rows.length > 0 || report.totals.orders > 0

/** Consumption-aid totals for program staff: headline figures, net by month, rows by grouping, CSV. */
const AidImpactPage = () => {
  const [filters, setFilters] = useState(defaultImpactFilters)
  const report = useImpactReport(filters)
  // With group_by=month the two queries share one cache entry, so only one request goes out.
  const monthly = useImpactReport({ ...filters, group_by: "month" })
  const reconcile = useReconcileLedger()
  const groupLabel = groupings.find((option) => option.value === filters.group_by)?.label ?? ""
  const rangeProblem = impactRangeProblem(filters)

  const actions = (
    <>
      <Button
        size="small"
        variant="secondary"
        onClick={() => reconcile.mutate()}
        isLoading={reconcile.isPending}
      >
        <ArrowPath />
        对账 / Reconcile
      </Button>
      {rangeProblem ? (
        <Button size="small" variant="secondary" disabled>
          <ArrowDownTray />
          下载 CSV / Download CSV
        </Button>
      ) : (
        <Button size="small" variant="secondary" asChild>
          <a href={backendHref(`/admin/aid/impact.csv?${impactSearch(filters)}`)} download>
            <ArrowDownTray />
            下载 CSV / Download CSV
          </a>
        </Button>
      )}
    </>
  )

  return (
    <div className="flex flex-col gap-y-3">
      <Section
        title="消费帮扶统计 / Aid impact"
        description="按对口关系、地区、合作社、产品或月份统计帮扶销售 / Aid sales by pairing, region, cooperative, product or month"
        actions={actions}
      >
        <ImpactFiltersBar filters={filters} onChange={setFilters} />
      </Section>

      {rangeProblem ? (
        <Section title="统计 / Figures">
          <ErrorState title="日期范围有误 / Invalid date range" error={new Error(rangeProblem)} />
        </Section>
      ) : (
        <>
          {report.isError ? (
            <Section title="统计 / Figures">
              <ErrorState error={report.error} />
            </Section>
          ) : (
            <ImpactTotals totals={report.data?.totals} />
          )}

          <Section title="每月净额 / Net by month">
            {monthly.isPending ? (
              <LoadingRows rows={6} />
            ) : monthly.isError ? (
              <ErrorState error={monthly.error} />
            ) : !hasSales(monthly.data) ? (
              <EmptyState message={NO_SALES} />
            ) : (
              <ImpactChart points={monthlySeries(monthly.data.rows, filters.from, filters.to)} />
            )}
          </Section>

          <Section title={`明细 / Breakdown: ${groupLabel}`}>
            {report.isPending ? (
              <LoadingRows />
            ) : report.isError ? (
              <ErrorState error={report.error} />
            ) : !hasSales(report.data) ? (
              <EmptyState message={NO_SALES} />
            ) : (
              <ImpactTable groupLabel={groupLabel} rows={report.data.rows} totals={report.data.totals} />
            )}
          </Section>
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "消费帮扶统计 / Aid impact",
  icon: ChartBar,
  rank: 1,
})

export default AidImpactPage
