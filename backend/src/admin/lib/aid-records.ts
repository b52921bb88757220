import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AidListResponse, AidResource } from "./aid-types"
import { errorMessage, retryUnlessClientError } from "./errors"
import { sdk } from "./sdk"

// Demo-sized collections: one page holds them all, so pages can build trees and selects client-side.
const PAGE_SIZE = 500

export const aidRecordsKey = (resource: AidResource) => ["aid", resource] as const

/** Every record of one aid collection, e.g. all regions. */
export function useAidRecords<R extends AidResource>(resource: R, query: Record<string, string> = {}) {
  return useQuery({
    queryKey: [...aidRecordsKey(resource), query],
    retry: retryUnlessClientError,
    queryFn: async () => {
      const response = await sdk.client.fetch<AidListResponse<R>>(`/admin/aid/${resource}`, {
        query: { limit: PAGE_SIZE, ...query },
      })
      return { records: response[resource], count: response.count }
    },
  })
}

type SaveInput<Body> = { id?: string; body: Body }

/**
 * Creates (no id) or updates (with id) one record, then refreshes the collection. A 400 shows the API's
 * message, which names the field, in a toast; `onSaved` runs only on success.
 */
export function useSaveAidRecord<Body extends object>(
  resource: AidResource,
  { success, onSaved }: { success: string; onSaved?: () => void }
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: SaveInput<Body>) =>
      sdk.client.fetch<unknown>(id ? `/admin/aid/${resource}/${id}` : `/admin/aid/${resource}`, {
        method: "POST",
        body,
      }),
    onSuccess: async () => {
      toast.success(success)
      onSaved?.()
      await queryClient.invalidateQueries({ queryKey: ["aid"] })
    },
    onError: (error) => toast.error("保存失败 / Could not save", { description: errorMessage(error) }),
  })
}

/** Deletes one record and refreshes every aid list (a deleted region also changes cooperatives). */
export function useDeleteAidRecord(resource: AidResource) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<unknown>(`/admin/aid/${resource}/${id}`, { method: "DELETE" }),
    onSuccess: async () => {
      toast.success("已删除 / Deleted")
      await queryClient.invalidateQueries({ queryKey: ["aid"] })
    },
    onError: (error) => toast.error("删除失败 / Could not delete", { description: errorMessage(error) }),
  })
}
