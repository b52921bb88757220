import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inviteCooperativeMemberWorkflow } from "../../../../../../workflows/cooperative-member/invite-member"
import { retrieveAidRecord } from "../../../../../utils/aid-query"
import type { AdminInviteMemberType } from "./validators"

const memberFields = ["id", "email", "name", "phone", "created_at"]

/** The cooperative's members. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveAidRecord(req, "cooperative", { id: req.params.id ?? "" }, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative_member",
    fields: memberFields,
    filters: { cooperative_id: req.params.id ?? "" },
  })
  res.json({ members: data, count: data.length })
}

/** Adds a member and answers the one-time link (valid 7 days) with which they set their password. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminInviteMemberType>, res: MedusaResponse) => {
  const { result } = await inviteCooperativeMemberWorkflow(req.scope).run({
    input: { ...req.validatedBody, cooperative_id: req.params.id ?? "" },
  })
  res.status(201).json(result)
}
