import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { AID_MODULE } from ".."
import type AidModuleService from "../service"

moduleIntegrationTestRunner<AidModuleService>({
  moduleName: AID_MODULE,
  resolve: path.join(__dirname, ".."),
  testSuite: ({ service }) => {
    it("keeps the region tree, the cooperative's county and its members", async () => {
      const province = await service.createAidRegions({
        code: "gansu",
        level: "province",
        name: "甘肃省",
        name_en: "Gansu",
      })
      const prefecture = await service.createAidRegions({
        code: "baiyin",
        level: "prefecture",
        name: "白银市",
        name_en: "Baiyin",
        parent_id: province.id,
      })
      const county = await service.createAidRegions({
        code: "jingtai",
        level: "county",
        name: "景泰县",
        name_en: "Jingtai",
        parent_id: prefecture.id,
      })
      const cooperative = await service.createCooperatives({
        handle: "jingtai-wufo-honey",
        name: "五佛乡蜜蜂养殖合作社",
        name_en: "Wufo beekeepers",
        county_id: county.id,
        households: 126,
      })
      await service.createCooperativeMembers({
        email: "a@heartlink.test",
        name: "马建国",
        cooperative_id: cooperative.id,
      })

      const [withChildren] = await service.listAidRegions(
        { id: prefecture.id },
        { relations: ["children", "parent"] }
      )
      expect(withChildren?.parent?.name).toBe("甘肃省")
      expect(withChildren?.children.map((child) => child.name)).toEqual(["景泰县"])

      const [loaded] = await service.listCooperatives(
        { id: cooperative.id },
        { relations: ["county", "members"] }
      )
      expect(loaded).toMatchObject({ households: 126, county: { name: "景泰县" } })
      expect(loaded?.members.map((member) => member.email)).toEqual(["a@heartlink.test"])
    })

    it("refuses a second region with the same code", async () => {
      await service.createAidRegions({ code: "yunnan", level: "province", name: "云南省", name_en: "Yunnan" })
      await expect(
        service.createAidRegions({ code: "yunnan", level: "province", name: "云南", name_en: "Yunnan" })
      ).rejects.toThrow(/code/)
    })

    it("finds regions by Chinese or English name", async () => {
      await service.createAidRegions({ code: "yunnan", level: "province", name: "云南省", name_en: "Yunnan" })
      await service.createAidRegions({ code: "gansu", level: "province", name: "甘肃省", name_en: "Gansu" })
      expect((await service.listAidRegions({ q: "甘肃" })).map((region) => region.code)).toEqual(["gansu"])
      expect((await service.listAidRegions({ q: "yun" })).map((region) => region.code)).toEqual(["yunnan"])
    })
  },
})
