import { signToken, verifyToken } from "./signed-token"

describe("signed tokens", () => {
  it("verifies its own tokens and refuses tampered, foreign or expired ones", () => {
    const token = signToken({ member_id: "coopmem_1" }, "secret", 60)
    expect(verifyToken(token, "secret")).toMatchObject({ member_id: "coopmem_1" })
    expect(verifyToken(token, "other")).toBeUndefined()
    const [body, signature] = token.split(".")
    const forged = Buffer.from(JSON.stringify({ member_id: "coopmem_2", exp: 9e9 })).toString("base64url")
    expect(verifyToken(`${forged}.${signature}`, "secret")).toBeUndefined()
    expect(verifyToken(`${body}.`, "secret")).toBeUndefined()
    expect(verifyToken(signToken({}, "secret", -1), "secret")).toBeUndefined()
  })
})
