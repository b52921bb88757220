import { Modules } from "@medusajs/framework/utils"
import type { BackendEnv } from "../env"

type ModuleEntry = {
  key?: string
  resolve: string
  options?: Record<string, unknown>
}

/** Where the local file provider serves uploads; product pictures must live under it. */
export const uploadedFilesUrl = (env: Pick<BackendEnv, "MEDUSA_BACKEND_URL">) =>
  `${env.MEDUSA_BACKEND_URL}/static`

/** Production pieces when their env is set, Medusa's in-process defaults otherwise. */
export function chooseModules(env: BackendEnv): ModuleEntry[] {
  const modules: ModuleEntry[] = [
    { resolve: "./src/modules/aid" },
    { resolve: "./src/modules/aid-ledger" },
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { backend_url: uploadedFilesUrl(env) },
          },
        ],
      },
    },
  ]
  modules.push({
    key: Modules.NOTIFICATION,
    resolve: "@medusajs/medusa/notification",
    options: {
      // Medusa's local provider writes each email to the log; a real mail provider replaces it in production.
      providers: [
        { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } },
      ],
    },
  })
  if (env.REDIS_URL) {
    modules.push(...redisModules(env.REDIS_URL))
  }
  return modules
}

function redisModules(redisUrl: string): ModuleEntry[] {
  return [
    {
      key: Modules.EVENT_BUS,
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      key: Modules.CACHING,
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}
