import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { verifyToken } from "../../utils/signed-token"
import { COOPERATIVE_ACTOR } from "./create-member-account"
import { INVITE_PURPOSE } from "./invite-member"

export type AcceptInviteInput = { token: string; password: string }

const invalidInvite = () =>
  new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invite link is not valid any more; ask for a new one")

// One-time: once the member has a password (an emailpass identity), the same link is refused.
const openInviteStep = createStep(
  "open-cooperative-invite",
  async (input: AcceptInviteInput, { container }) => {
    const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
    const payload = verifyToken(input.token, String(config.projectConfig.http.jwtSecret))
    if (payload?.purpose !== INVITE_PURPOSE || typeof payload.member_id !== "string") throw invalidInvite()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: members } = await query.graph({
      entity: "cooperative_member",
      fields: ["id", "email"],
      filters: { id: payload.member_id },
    })
    const member = members[0]
    if (!member || member.email !== payload.email) throw invalidInvite()
    const { data: identities } = await query.graph({
      entity: "provider_identity",
      fields: ["id"],
      filters: { entity_id: member.email, provider: "emailpass" },
    })
    if (identities.length) throw invalidInvite()
    return new StepResponse({ id: member.id as string, email: member.email as string })
  }
)

const registerPasswordStep = createStep(
  "register-cooperative-password",
  async (input: { email: string; password: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    } as Parameters<typeof auth.register>[1])
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error ?? "The password could not be set")
    }
    return new StepResponse(authIdentity.id, authIdentity.id)
  },
  async (identityId, { container }) => {
    if (identityId) await container.resolve(Modules.AUTH).deleteAuthIdentities([identityId])
  }
)

/** The invited member sets a password; from then on they log in as a cooperative member. */
export const acceptCooperativeInviteWorkflow = createWorkflow(
  "accept-cooperative-invite",
  (input: AcceptInviteInput) => {
    const member = openInviteStep(input)
    const identityId = registerPasswordStep(
      transform({ input, member }, ({ input, member }) => ({ email: member.email, password: input.password }))
    )
    setAuthAppMetadataStep(
      transform({ identityId, member }, ({ identityId, member }) => ({
        authIdentityId: identityId,
        actorType: COOPERATIVE_ACTOR,
        value: member.id,
      }))
    )
    return new WorkflowResponse(member)
  }
)
