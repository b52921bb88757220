import { defineConfig } from "vitest/config"

// Medusa's runners boot the whole app per spec file: forks (threads crash), one file at a time on 2 cores.
export default defineConfig({
  test: {
    globals: true,
    pool: "forks",
    fileParallelism: false,
    setupFiles: ["./integration-tests/setup.ts"],
    include: ["src/**/*.unit.spec.ts", "src/**/__tests__/**/*.spec.ts", "integration-tests/**/*.spec.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
