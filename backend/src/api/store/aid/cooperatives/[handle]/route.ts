import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAidRecord } from "../../../../utils/aid-query"
import { withPlace } from "../place"
import { publicCooperativeFields, publicCooperativeProductFields } from "../public-fields"

type ListedProduct = { status?: string }

/** One cooperative by handle, with its story and the products it has on sale. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const cooperative = await retrieveAidRecord(req, "cooperative", { handle: req.params.handle ?? "" }, [
    ...publicCooperativeFields,
    ...publicCooperativeProductFields,
  ])
  const products = (cooperative.products as ListedProduct[] | undefined) ?? []
  // Drafts and unpublished listings are the cooperative's business, not the public's.
  const published = products.filter((product) => product?.status === "published")
  const [placed] = await withPlace(req, [{ ...cooperative, products: published }])
  res.json({ cooperative: placed })
}
