import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { parseEnv } from "./src/env"
import { chooseModules } from "./src/config/modules"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = parseEnv()

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    // A Secure cookie is only ever sent over https; the local demo serves plain http in production mode.
    cookieOptions: { secure: env.MEDUSA_BACKEND_URL.startsWith("https://") },
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN,
    // The admin is served by this backend at /app, so it calls its own origin whatever the host and port.
    backendUrl: "/",
  },
  featureFlags: env.REDIS_URL ? { caching: true } : {},
  modules: chooseModules(env),
})
