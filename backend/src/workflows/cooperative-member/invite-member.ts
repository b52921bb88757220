import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { portalLink } from "../../utils/public-urls"
import { signToken } from "../../utils/signed-token"
import { createAidRecordsStep } from "../aid-catalog/steps/create-aid-records"
import { assertAidRecordsExistStep } from "../aid-catalog/steps/validate-aid-records"

export const INVITE_TTL_SECONDS = 7 * 24 * 60 * 60
export const INVITE_PURPOSE = "cooperative-invite"

export type InviteMemberInput = { cooperative_id: string; email: string; name: string; phone?: string | null }

const issueInviteStep = createStep(
  "issue-cooperative-invite",
  async (member: { id: string; email: string }, { container }) => {
    const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
    const secret = String(config.projectConfig.http.jwtSecret)
    const token = signToken(
      { purpose: INVITE_PURPOSE, member_id: member.id, email: member.email },
      secret,
      INVITE_TTL_SECONDS
    )
    const expires_at = new Date(Date.now() + INVITE_TTL_SECONDS * 1000).toISOString()
    return new StepResponse({ token, expires_at, url: portalLink("invite", { token }) })
  }
)

/** Staff add a member to a cooperative and get the one-time link with which the member sets a password. */
export const inviteCooperativeMemberWorkflow = createWorkflow(
  "invite-cooperative-member",
  (input: InviteMemberInput) => {
    assertAidRecordsExistStep(
      transform({ input }, ({ input }) => ({ entity: "Cooperative" as const, ids: [input.cooperative_id] }))
    )
    const created = createAidRecordsStep(
      transform({ input }, ({ input }) => ({ entity: "CooperativeMember" as const, data: [input] }))
    )
    const member = transform({ created, input }, ({ created, input }) => ({
      id: String(created[0]?.id ?? ""),
      email: input.email,
    }))
    const invite = issueInviteStep(member)
    sendNotificationsStep(
      transform({ member, invite }, ({ member, invite }) => [
        { to: member.email, channel: "email", template: "cooperative-invite", data: { url: invite.url } },
      ])
    )
    return new WorkflowResponse({ member, invite })
  }
)
