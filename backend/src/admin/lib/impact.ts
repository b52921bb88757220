import { toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { errorMessage, retryUnlessClientError } from "./errors"
import { isoDay } from "./format"
import { sdk } from "./sdk"

export const groupings = [
  { value: "pairing", label: "对口关系 / Pairing" },
  { value: "donor", label: "帮扶方 / Donor district" },
  { value: "province", label: "省 / Province" },
  { value: "prefecture", label: "州/市 / Prefecture" },
  { value: "county", label: "县/区 / County" },
  { value: "cooperative", label: "合作社 / Cooperative" },
  { value: "product", label: "产品 / Product" },
  { value: "month", label: "月份 / Month" },
] as const
export type Grouping = (typeof groupings)[number]["value"]

export type ImpactFilters = {
  group_by: Grouping
  from: string
  to: string
  certified_only: boolean
}

export type ImpactFigures = {
  gross: number
  reversals: number
  net: number
  orders: number
  items: number
  buyers: number
  households: number
}

export type ImpactRow = ImpactFigures & { key: string; label: string }

export type ImpactReport = {
  currency_code: string
  group_by: Grouping
  from: string
  to: string
  certified_only: boolean
  rows: ImpactRow[]
  totals: ImpactFigures
}

/** This year so far in China: 1 January to today. */
export function defaultImpactFilters(now = new Date()): ImpactFilters {
  const today = isoDay(now)
  return {
    group_by: "county",
    from: `${today.slice(0, 4)}-01-01`,
    to: today,
    certified_only: false,
  }
}

/** The query string the report and its CSV share. */
export function impactSearch(filters: ImpactFilters) {
  const params = new URLSearchParams({ group_by: filters.group_by })
  if (filters.from) params.set("from", filters.from)
  if (filters.to) params.set("to", filters.to)
  if (filters.certified_only) params.set("certified_only", "true")
  return params.toString()
}

/** Why a date range cannot be asked for, or null when it can. */
export function impactRangeProblem({ from, to }: ImpactFilters) {
  return from && to && from > to ? "开始日期不能晚于结束日期 / From must not be after To" : null
}

export function useImpactReport(filters: ImpactFilters) {
  return useQuery({
    queryKey: ["aid-impact", filters],
    enabled: !impactRangeProblem(filters),
    retry: retryUnlessClientError,
    queryFn: () =>
      sdk.client.fetch<ImpactReport>(`/admin/aid/impact?${impactSearch(filters)}`, { method: "GET" }),
    // Keep the last figures on screen while a changed filter loads, instead of flashing skeletons.
    placeholderData: keepPreviousData,
  })
}

/** Compares orders with the ledger and writes what is missing; the report refreshes afterwards. */
export function useReconcileLedger() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ checked: number; repaired: number }>("/admin/aid/ledger/reconcile", {
        method: "POST",
      }),
    onSuccess: async ({ checked, repaired }) => {
      toast.success("对账完成 / Reconciled", {
        description: `核对 ${checked} 单，修复 ${repaired} 条 / Checked ${checked}, repaired ${repaired}`,
      })
      await queryClient.invalidateQueries({ queryKey: ["aid-impact"] })
    },
    onError: (error) => toast.error("对账失败 / Reconcile failed", { description: errorMessage(error) }),
  })
}
