import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { generateJwtToken, Modules } from "@medusajs/framework/utils"
import { embroidery, honeyHive, memberOf as loginAs } from "../helpers/cooperative-fixtures"
import { failure } from "../helpers/http"
import { useLedgerMarket } from "../helpers/ledger-market"

// Cooperative members' accounts: staff invite them with a one-time link, and they reset a forgotten password.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { market } = useLedgerMarket(api, getContainer)
    const memberOf = (handle: string) => loginAs(api, handle)

    it("staff invite a member with a one-time link; the member sets a password and logs in", async () => {
      const { cooperatives } = (
        await api.get(`/admin/aid/cooperatives?q=${encodeURIComponent("绿春县绣娘")}`, market.admin)
      ).data
      const lvchun = cooperatives[0]
      const invited = (
        await api.post(
          `/admin/aid/cooperatives/${lvchun.id}/members`,
          { email: "Che.Abo@Heartlink.test", name: "车阿波", phone: "13912345678" },
          market.admin
        )
      ).data
      expect(invited.member.email).toBe("che.abo@heartlink.test")
      // The link opens the storefront's portal page that sets the password.
      expect(invited.invite.url).toBe(
        `http://localhost:8000/zh-CN/cooperative/invite?token=${invited.invite.token}`
      )
      const emailed = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: "che.abo@heartlink.test", template: "cooperative-invite" })
      expect(emailed[0]?.data).toEqual({ url: invited.invite.url })
      const members = (await api.get(`/admin/aid/cooperatives/${lvchun.id}/members`, market.admin)).data
        .members
      expect(members.map((m: { email: string }) => m.email)).toContain("che.abo@heartlink.test")

      const accept = (body: object) => api.post("/cooperative/invites/accept", body)
      expect(await failure(accept({ token: invited.invite.token, password: "short" }))).toMatchObject({
        status: 400,
        message: expect.stringContaining("password"),
      })
      expect(
        (await failure(accept({ token: `${invited.invite.token}x`, password: "lvchun-2026" }))).status
      ).toBe(400)
      await accept({ token: invited.invite.token, password: "lvchun-2026" })
      // The link works once.
      expect(await failure(accept({ token: invited.invite.token, password: "another-2026" }))).toMatchObject({
        status: 400,
        message: expect.stringContaining("not valid any more"),
      })
      const login = { email: "che.abo@heartlink.test", password: "lvchun-2026" }
      const { token } = (await api.post("/auth/cooperative/emailpass", login)).data
      const me = (await api.get("/cooperative/me", { headers: { authorization: `Bearer ${token}` } })).data
      expect(me.cooperative.id).toBe(lvchun.id)

      expect(
        (
          await failure(
            api.post(
              "/admin/aid/cooperatives/coop_missing/members",
              { email: "a@b.cn", name: "某" },
              market.admin
            )
          )
        ).status
      ).toBe(404)
      expect(
        await failure(
          api.post(
            `/admin/aid/cooperatives/${lvchun.id}/members`,
            { email: "nope", name: "某" },
            market.admin
          )
        )
      ).toMatchObject({ status: 400, message: expect.stringContaining("email") })
      expect(
        (
          await failure(
            api.post(`/admin/aid/cooperatives/${lvchun.id}/members`, login, await memberOf(honeyHive))
          )
        ).status
      ).toBe(401)
    })

    it("a member resets a forgotten password through the emailed link", async () => {
      const email = `${embroidery}@heartlink.local`
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      await api.post("/auth/cooperative/emailpass/reset-password", { identifier: email })
      let sent: { data?: Record<string, unknown> | null }[] = []
      for (let attempt = 0; attempt < 50 && !sent.length; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        sent = await notifications.listNotifications({ to: email, template: "cooperative-password-reset" })
      }
      const link = new URL(String(sent[0]?.data?.url))
      expect(link.origin + link.pathname).toBe("http://localhost:8000/zh-CN/cooperative/reset-password")
      expect(link.searchParams.get("email")).toBe(email)
      const token = link.searchParams.get("token") ?? ""
      await api.post(
        "/auth/cooperative/emailpass/update",
        { email, password: "new-embroidery-2026" },
        { headers: { authorization: `Bearer ${token}` } }
      )
      const login = (password: string) => api.post("/auth/cooperative/emailpass", { email, password })
      expect((await failure(login("heartlink-demo"))).status).toBe(401)
      const { token: session } = (await login("new-embroidery-2026")).data
      const me = (await api.get("/cooperative/me", { headers: { authorization: `Bearer ${session}` } })).data
      expect(me.cooperative.handle).toBe(embroidery)
    })

    it("a member's session lasts a day, and an expired one is refused", async () => {
      const { token } = (
        await api.post("/auth/cooperative/emailpass", {
          email: `${honeyHive}@heartlink.local`,
          password: "heartlink-demo",
        })
      ).data
      const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as {
        exp: number
        iat: number
      } & Record<string, unknown>
      expect(claims.exp - claims.iat).toBe(24 * 60 * 60)
      const { exp: _exp, iat: _iat, ...actor } = claims
      // The same member's token, signed with the real secret, but a minute past its expiry.
      const secret = String(getContainer().resolve("configModule").projectConfig.http.jwtSecret)
      const expired = generateJwtToken(
        { ...actor, iat: Math.floor(Date.now() / 1000) - 86_460 },
        { secret, expiresIn: "1d" }
      )
      const me = (bearer: string) =>
        api.get("/cooperative/me", { headers: { authorization: `Bearer ${bearer}` } })
      expect((await me(token)).status).toBe(200)
      // Signed the same way but fresh, it is accepted: the age alone is what refuses the other.
      expect((await me(generateJwtToken(actor, { secret, expiresIn: "1d" }))).status).toBe(200)
      expect((await failure(me(expired))).status).toBe(401)
    })
  },
})
