import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { portalLink } from "../utils/public-urls"
import { COOPERATIVE_ACTOR } from "../workflows/cooperative-member/create-member-account"

type PasswordReset = { entity_id: string; actor_type: string; token: string }

/** A member asked to reset their password: email them the link to the portal's reset page. */
export default async function cooperativePasswordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id: email, actor_type, token } = event.data
  if (actor_type !== COOPERATIVE_ACTOR) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "cooperative-password-reset",
    data: { url: portalLink("reset-password", { token, email }) },
  })
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
  context: { subscriberId: "cooperative-password-reset" },
}
