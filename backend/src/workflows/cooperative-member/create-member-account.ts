import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAidRecordsStep } from "../aid-catalog/steps/create-aid-records"
import { assertAidRecordsExistStep } from "../aid-catalog/steps/validate-aid-records"

export const COOPERATIVE_ACTOR = "cooperative"

export type CreateMemberAccountInput = {
  auth_identity_id: string
  member: {
    cooperative_id: string
    email: string
    name: string
    phone?: string | null
  }
}

/** Turns a registered email/password identity into a member who acts for one cooperative. */
export const createCooperativeMemberAccountWorkflow = createWorkflow(
  "create-cooperative-member-account",
  (input: CreateMemberAccountInput) => {
    assertAidRecordsExistStep(
      transform({ input }, ({ input }) => ({
        entity: "Cooperative" as const,
        ids: [input.member.cooperative_id],
      }))
    )
    const created = createAidRecordsStep(
      transform({ input }, ({ input }) => ({
        entity: "CooperativeMember" as const,
        data: [input.member],
      }))
    )
    const member = transform({ created }, ({ created }) => created[0])
    setAuthAppMetadataStep(
      transform({ input, member }, ({ input, member }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: COOPERATIVE_ACTOR,
        value: member?.id ?? "",
      }))
    )
    return new WorkflowResponse(member)
  }
)
