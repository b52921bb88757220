import { createHmac, timingSafeEqual } from "node:crypto"

/** A compact HMAC-signed token (payload.signature, base64url) carrying its own expiry. */
export function signToken(payload: Record<string, unknown>, secret: string, ttlSeconds: number): string {
  const body = Buffer.from(
    JSON.stringify({ ...payload, exp: Math.floor(Date.now() / 1000) + ttlSeconds })
  ).toString("base64url")
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`
}

/** The payload of a token this secret signed and that has not expired; undefined otherwise. */
export function verifyToken(token: string, secret: string): Record<string, unknown> | undefined {
  const [body, signature] = token.split(".")
  if (!body || !signature) return undefined
  const expected = Buffer.from(createHmac("sha256", secret).update(body).digest("base64url"))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Record<string, unknown>
    return typeof payload.exp === "number" && payload.exp * 1000 > Date.now() ? payload : undefined
  } catch {
    return undefined
  }
}
