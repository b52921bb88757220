import type { MedusaContainer } from "@medusajs/framework/types"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { ApiKeyType, ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"

/** An admin user and the headers that act as them, the way Medusa's own tests do it. */
export async function adminHeaders(container: MedusaContainer) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({
    email: `staff-${Date.now()}@heartlink.test`,
  })
  const identity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: user.email, provider_metadata: {} }],
    app_metadata: { user_id: user.id },
  })
  const config = container.resolve("configModule")
  const secret = String(config.projectConfig.http.jwtSecret)
  const token = generateJwtToken(
    { actor_id: user.id, actor_type: "user", auth_identity_id: identity.id },
    { secret, expiresIn: "1d" }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}

/** The store's default sales channel, which Medusa creates on first boot. */
export async function defaultSalesChannelId(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "store",
    fields: ["default_sales_channel_id"],
  })
  return data[0]?.default_sales_channel_id ?? ""
}

/** A publishable key on the default sales channel, as the storefront sends it. */
export async function storeHeaders(container: MedusaContainer) {
  const { result } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        {
          title: "test storefront",
          type: ApiKeyType.PUBLISHABLE,
          created_by: "test",
        },
      ],
    },
  })
  const key = result[0]
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key?.id ?? "", add: [await defaultSalesChannelId(container)] },
  })
  return { headers: { "x-publishable-api-key": key?.token ?? "" } }
}
