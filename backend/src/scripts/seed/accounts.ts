import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createCooperativeMemberAccountWorkflow } from "../../workflows/cooperative-member/create-member-account"
import { seedCooperatives } from "../seed-data/cooperatives"
import { existing, type SeedContext } from "./context"

export const DEMO_PASSWORD = "heartlink-demo"
export const DEMO_STAFF_EMAIL = "staff@heartlink.local"

/** Demo logins: one staff user and one member per cooperative. Never in production. */
export async function seedDemoAccounts(ctx: SeedContext, cooperativeIds: Map<string, string>) {
  const users = await existing(ctx, "user", "email", [DEMO_STAFF_EMAIL])
  if (!users.has(DEMO_STAFF_EMAIL)) {
    const authIdentityId = await registerEmailPass(ctx, DEMO_STAFF_EMAIL)
    await createUserAccountWorkflow(ctx.container).run({
      input: {
        authIdentityId,
        userData: {
          email: DEMO_STAFF_EMAIL,
          first_name: "帮扶办",
          last_name: "Staff",
        },
      },
    })
  }
  const emails = seedCooperatives.map((cooperative) => `${cooperative.handle}@heartlink.local`)
  const members = await existing(ctx, "cooperative_member", "email", emails)
  for (const cooperative of seedCooperatives) {
    const email = `${cooperative.handle}@heartlink.local`
    if (members.has(email)) {
      continue
    }
    const authIdentityId = await registerEmailPass(ctx, email)
    await createCooperativeMemberAccountWorkflow(ctx.container).run({
      input: {
        auth_identity_id: authIdentityId,
        member: {
          cooperative_id: cooperativeIds.get(cooperative.handle) ?? "",
          email,
          name: cooperative.contact_name,
        },
      },
    })
  }
  ctx.logger.info(`Seed: demo logins ready (${DEMO_STAFF_EMAIL} and ${emails.length} cooperative members)`)
}

// The same call Medusa's own `medusa user` command makes: auth identities are created by the auth provider.
async function registerEmailPass(ctx: SeedContext, email: string) {
  const auth = ctx.container.resolve(Modules.AUTH)
  const { data: identities } = await ctx.query.graph({
    entity: "provider_identity",
    fields: ["auth_identity_id"],
    filters: { entity_id: email, provider: "emailpass" },
  })
  const known = identities[0]?.auth_identity_id
  if (known) {
    return known
  }
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password: DEMO_PASSWORD },
  } as Parameters<typeof auth.register>[1])
  if (!success || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error ?? "unknown error"}`)
  }
  return authIdentity.id
}
