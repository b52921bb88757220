import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { errorMessage, retryUnlessClientError } from "../../lib/errors"
import { sdk } from "../../lib/sdk"

export type ProductAid = {
  id: string
  cooperative: { id: string; name: string; county?: { name: string } | null } | null
  certificate: { id: string; number: string; issuer: string; valid_from: string; valid_to: string } | null
}

// The cooperative and certificate reach the product through links (src/links), so query.graph can follow them.
const fields = [
  "id",
  "cooperative.id",
  "cooperative.name",
  "cooperative.county.name",
  "certificate.id",
  "certificate.number",
  "certificate.issuer",
  "certificate.valid_from",
  "certificate.valid_to",
].join(",")

// Under the "aid" prefix, so every aid mutation (a certificate deleted elsewhere) refreshes it too.
export const productAidKey = (productId: string) => ["aid", "product", productId] as const

export function useProductAid(productId: string) {
  return useQuery({
    queryKey: productAidKey(productId),
    retry: retryUnlessClientError,
    queryFn: async () => {
      const { product } = await sdk.client.fetch<{ product: ProductAid }>(`/admin/products/${productId}`, {
        query: { fields },
      })
      return product
    },
  })
}

/** Sets the selling cooperative (or clears it with null). */
export function useSetProductCooperative(productId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (cooperativeId: string | null) =>
      sdk.client.fetch<unknown>(`/admin/aid/products/${productId}/cooperative`, {
        method: "POST",
        body: { cooperative_id: cooperativeId },
      }),
    onSuccess: async () => {
      toast.success("合作社已更新 / Cooperative updated")
      await queryClient.invalidateQueries({ queryKey: productAidKey(productId) })
    },
    onError: (error) => toast.error("保存失败 / Could not save", { description: errorMessage(error) }),
  })
}
