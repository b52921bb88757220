import { describe, expect, it } from "vitest"

import { locales } from "../config"
import { getMessages } from "./index"

type Tree = { [key: string]: string | Tree }

function leafPaths(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leafPaths(value, `${prefix}${key}.`)
  )
}

describe("message catalogues", () => {
  const reference = leafPaths(getMessages("zh-CN")).sort()

  it.each(locales)("%s has exactly the keys of zh-CN", (locale) => {
    expect(leafPaths(getMessages(locale)).sort()).toEqual(reference)
  })

  it.each(locales)("%s has no empty strings", (locale) => {
    const messages = getMessages(locale)
    for (const path of leafPaths(messages)) {
      const value = path.split(".").reduce<Tree | string>((node, key) => {
        if (typeof node === "string") throw new Error(`${path} is not a tree`)
        const next = node[key]
        if (next === undefined) throw new Error(`${path} is missing`)
        return next
      }, messages)
      expect(value, path).not.toBe("")
    }
  })

  it("says 暂无商品 in Chinese when there are no products", () => {
    expect(getMessages("zh-CN").catalog.emptyTitle).toBe("暂无商品")
  })
})
