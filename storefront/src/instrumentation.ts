// Runs once when a server starts (never during `next build`): a bad env stops it with one line.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getServerEnv, readEnvOrExit } = await import("./env")
    readEnvOrExit(getServerEnv)
  }
}
