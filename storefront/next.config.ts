import path from "node:path"

import type { NextConfig } from "next"

import { getBuildSafeEnv, readEnvOrExit } from "./src/env"

const backendUrl = new URL(readEnvOrExit(getBuildSafeEnv).MEDUSA_BACKEND_URL)

// Next refuses to optimise images from private addresses; a backend on this machine is the local default.
const backendIsLocal = ["localhost", "127.0.0.1", "[::1]"].includes(backendUrl.hostname)

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The lockfile and node_modules live at the repo root (npm workspaces).
  turbopack: { root: path.join(import.meta.dirname, "..") },
  outputFileTracingRoot: path.join(import.meta.dirname, ".."),
  experimental: {
    // Cooperative members upload product pictures through a server action: up to 6 of 5 MB each per save.
    serverActions: { bodySizeLimit: "32mb" },
    // The proxy buffers request bodies; a shorter buffer would cut those uploads off.
    proxyClientMaxBodySize: "32mb",
  },
  images: {
    // Product images are uploaded to the Medusa backend and served from its /static/ route; pages ask for them
    // through the shop's own /static/ route (src/app/static), and these patterns admit the backend's URLs as such.
    remotePatterns: [
      {
        protocol: backendUrl.protocol === "https:" ? "https" : "http",
        hostname: backendUrl.hostname,
        // Any port on this machine: the e2e tests run a second backend beside `npm start`'s.
        ...(backendIsLocal ? {} : { port: backendUrl.port }),
        pathname: "/static/**",
      },
    ],
    dangerouslyAllowLocalIP: backendIsLocal,
  },
}

export default nextConfig
