import type { MedusaContainer } from "@medusajs/framework/types"
import { ApiKeyType, generateJwtToken, Modules } from "@medusajs/framework/utils"

/** An admin user and the headers that act as them, the way Medusa's own tests do it. */
export async function adminHeaders(container: MedusaContainer) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({ email: `staff-${Date.now()}@heartlink.test` })
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

/** A publishable key on the default sales channel, as the storefront sends it. */
export async function storeHeaders(container: MedusaContainer) {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const key = await apiKeyModule.createApiKeys({ title: "test storefront", type: ApiKeyType.PUBLISHABLE, created_by: "test" })
  return { headers: { "x-publishable-api-key": key.token } }
}
