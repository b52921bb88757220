import { defineConfig } from "vitest/config"

// One market (backend + storefront, production builds) for every e2e file; files run one after another.
export default defineConfig({
  test: {
    root: __dirname,
    include: ["**/*.e2e.ts"],
    globalSetup: ["./support/global-setup.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
})
