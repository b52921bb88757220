import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptCooperativeInviteWorkflow } from "../../../../workflows/cooperative-member/accept-invite"
import type { CooperativeAcceptInviteType } from "./validators"

/** Opens an invite: the member sets a password and then logs in at /auth/cooperative/emailpass. */
export const POST = async (req: MedusaRequest<CooperativeAcceptInviteType>, res: MedusaResponse) => {
  const { result } = await acceptCooperativeInviteWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ member: result })
}
