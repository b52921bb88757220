import Medusa from "@medusajs/js-sdk"

/** Where the admin API lives; the admin is served by the backend itself, so "/" is the default. */
export const backendUrl = import.meta.env.VITE_BACKEND_URL || "/"

// The admin logs staff in with a session cookie, so every request (and a plain <a href>) is authenticated.
export const sdk = new Medusa({
  baseUrl: backendUrl,
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/** An absolute or root-relative URL for a backend path, for links the browser follows itself. */
export const backendHref = (path: string) => `${backendUrl.replace(/\/$/, "")}${path}`
